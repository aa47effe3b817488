package io.switchboard.messaging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.messaging.MessagingProperties;
import io.switchboard.messaging.ProviderType;
import io.switchboard.messaging.internal.MessagingWebhooks;
import io.switchboard.messaging.internal.SimulatorSignature;
import io.switchboard.messaging.internal.TwilioWebhooks;
import io.switchboard.messaging.internal.WhatsAppWebhooks;
import io.switchboard.shared.FormEncoding;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TwilioSignature;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Messaging providers' webhooks; the body is read raw, since signatures cover the exact bytes. */
@RestController
@Tag(name = "Webhooks", description = "Provider webhooks: signature-checked, stored, processed exactly once")
class MessagingWebhookController {

    /** An empty TwiML answer: Twilio sends no reply to the lead. */
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private final MessagingWebhooks webhooks;
    private final TwilioWebhooks twilio;
    private final WhatsAppWebhooks whatsApp;
    private final String publicUrl;

    MessagingWebhookController(
            MessagingWebhooks webhooks,
            TwilioWebhooks twilio,
            WhatsAppWebhooks whatsApp,
            MessagingProperties properties) {
        this.webhooks = webhooks;
        this.twilio = twilio;
        this.whatsApp = whatsApp;
        this.publicUrl = properties.base();
    }

    @PostMapping("/api/v1/webhooks/messaging/{kind}")
    @Operation(
            summary = "Receive a messaging provider's webhook (simulated, twilio, whatsapp_cloud)",
            description = "The URL is the one GET /api/v1/messaging/providers shows for the account (simulated:"
                    + " ?org=<organization id>). 403 invalid_signature when the signature (X-Switchboard-Signature,"
                    + " X-Twilio-Signature, X-Hub-Signature-256) is missing or wrong; a redelivered event answers duplicate and changes"
                    + " nothing; a late status (sent after delivered) is stored and answers ignored. Twilio is"
                    + " answered with empty TwiML; WhatsApp with {results: [...]}, one per status and message.")
    @Parameter(name = "org", in = ParameterIn.QUERY, description = "the organization")
    @Parameter(name = "account", in = ParameterIn.QUERY, description = "the provider account (real providers)")
    ResponseEntity<?> receive(@PathVariable String kind, HttpServletRequest request) throws IOException {
        // Read before any request parameter: the container would consume a form body to find them.
        String body = StreamUtils.copyToString(request.getInputStream(), StandardCharsets.UTF_8);
        Map<String, List<String>> query = query(request);
        String org = first(query, "org");
        ProviderType type = type(kind);
        if (type == ProviderType.TWILIO) {
            twilio.receive(org, first(query, "account"), url(request), body, request.getHeader(TwilioSignature.HEADER));
            return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML);
        }
        if (type == ProviderType.WHATSAPP_CLOUD) {
            List<MessagingWebhooks.Result> results = whatsApp.receive(
                    org, first(query, "account"), body, request.getHeader(WhatsAppWebhooks.SIGNATURE_HEADER));
            return ResponseEntity.ok(Map.of(
                    "results",
                    results.stream().map(MessagingWebhookController::name).toList()));
        }
        MessagingWebhooks.Result result =
                webhooks.receive(type, org, request.getHeader(SimulatorSignature.HEADER), body);
        return ResponseEntity.ok(Map.of("result", name(result)));
    }

    @GetMapping("/api/v1/webhooks/messaging/{kind}")
    @Operation(
            summary = "Answer Meta's webhook subscription check (whatsapp_cloud)",
            description = "Meta's query parameters (their names are Meta's, hence not snake_case here): echoes"
                    + " hub.challenge as text when hub.mode is subscribe and hub.verify_token is the account's verify"
                    + " token; 403 invalid_verify_token otherwise.")
    @Parameter(name = "org", in = ParameterIn.QUERY, description = "the organization")
    @Parameter(name = "account", in = ParameterIn.QUERY, description = "the WhatsApp Cloud API account")
    ResponseEntity<String> verify(@PathVariable String kind, HttpServletRequest request) {
        if (type(kind) != ProviderType.WHATSAPP_CLOUD) {
            throw new NotFound("provider", kind);
        }
        Map<String, List<String>> query = query(request);
        String challenge = whatsApp.verify(
                first(query, "org"),
                first(query, "account"),
                first(query, "hub.mode"),
                first(query, "hub.verify_token"),
                first(query, "hub.challenge"));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    private static String name(MessagingWebhooks.Result result) {
        return result.toString().toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<String>> query(HttpServletRequest request) {
        try {
            return FormEncoding.decode(request.getQueryString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("invalid_webhook", "the query is not URL-encoded");
        }
    }

    private static @Nullable String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** The public URL the provider called, as it signed it. */
    private String url(HttpServletRequest request) {
        return publicUrl
                + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    private static ProviderType type(String kind) {
        try {
            return ProviderType.fromCode(kind);
        } catch (IllegalArgumentException e) {
            throw new NotFound("provider", kind);
        }
    }
}
