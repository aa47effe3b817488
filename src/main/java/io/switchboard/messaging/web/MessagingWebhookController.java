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
    private final String publicUrl;

    MessagingWebhookController(MessagingWebhooks webhooks, TwilioWebhooks twilio, MessagingProperties properties) {
        this.webhooks = webhooks;
        this.twilio = twilio;
        this.publicUrl = properties.base();
    }

    @PostMapping("/api/v1/webhooks/messaging/{kind}")
    @Operation(
            summary = "Receive a messaging provider's webhook (simulated, twilio)",
            description = "The URL is the one GET /api/v1/messaging/providers shows for the account (simulated:"
                    + " ?org=<organization id>). 403 invalid_signature when the signature (X-Switchboard-Signature,"
                    + " X-Twilio-Signature) is missing or wrong; a redelivered event answers duplicate and changes"
                    + " nothing; a late status (sent after delivered) is stored and answers ignored. Twilio is"
                    + " answered with empty TwiML.")
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
        MessagingWebhooks.Result result =
                webhooks.receive(type, org, request.getHeader(SimulatorSignature.HEADER), body);
        return ResponseEntity.ok(Map.of("result", result.toString().toLowerCase(Locale.ROOT)));
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
