package io.switchboard.messaging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.messaging.ProviderType;
import io.switchboard.messaging.internal.MessagingWebhooks;
import io.switchboard.messaging.internal.SimulatorSignature;
import io.switchboard.shared.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Messaging providers' webhooks; the body is read raw, since signatures cover the exact bytes. */
@RestController
@Tag(name = "Webhooks", description = "Provider webhooks: signature-checked, stored, processed exactly once")
class MessagingWebhookController {

    private final MessagingWebhooks webhooks;

    MessagingWebhookController(MessagingWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/api/v1/webhooks/messaging/{kind}")
    @Operation(
            summary = "Receive a messaging provider's webhook (simulated)",
            description = "The URL carries ?org=<organization id>. 403 invalid_signature when the signature is missing"
                    + " or wrong; a redelivered event answers duplicate and changes nothing; a late status (sent after"
                    + " delivered) is stored and answers ignored.")
    Map<String, String> receive(
            @PathVariable String kind, @RequestParam(required = false) @Nullable String org, HttpServletRequest request)
            throws IOException {
        String body = StreamUtils.copyToString(request.getInputStream(), StandardCharsets.UTF_8);
        MessagingWebhooks.Result result =
                webhooks.receive(type(kind), org, request.getHeader(SimulatorSignature.HEADER), body);
        return Map.of("result", result.toString().toLowerCase(java.util.Locale.ROOT));
    }

    private static ProviderType type(String kind) {
        try {
            return ProviderType.fromCode(kind);
        } catch (IllegalArgumentException e) {
            throw new NotFound("provider", kind);
        }
    }
}
