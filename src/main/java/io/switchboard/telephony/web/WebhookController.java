package io.switchboard.telephony.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.shared.CallerContext;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.TelephonyProperties;
import io.switchboard.telephony.internal.webhooks.WebhookIngest;
import io.switchboard.telephony.provider.WebhookReply;
import io.switchboard.telephony.provider.WebhookRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Provider webhooks. The body is read raw (signatures cover the exact bytes), and the URL is the
 * public one the provider called ({@code switchboard.telephony.public-url} + path + query).
 */
@RestController
@Tag(name = "Webhooks", description = "Provider webhooks: signature-checked, stored, processed exactly once")
class WebhookController {

    private final WebhookIngest ingest;
    private static final String PATH = "/api/v1/webhooks/";

    private final String publicUrl;

    WebhookController(WebhookIngest ingest, TelephonyProperties properties) {
        this.ingest = ingest;
        this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
    }

    /**
     * The known providers' paths, spelled out: a path without a variable is found in the handler
     * mapping's direct lookup, instead of by matching the request against every route's pattern —
     * the largest part of a webhook's handling cost before.
     */
    @PostMapping({PATH + "simulated", PATH + "twilio", PATH + "plivo", PATH + "bolna", PATH + "asterisk"})
    @Operation(
            summary = "Receive a provider webhook (twilio, plivo, bolna, asterisk, simulated)",
            description = "Unsigned or wrongly signed requests get 403. A redelivered event is acknowledged and"
                    + " changes nothing.")
    @ApiResponse(
            responseCode = "200",
            description = "Stored; the body is what the provider expects back (JSON, or XML for Twilio and Plivo)")
    void receive(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        ProviderKind kind = kind(pattern.substring(PATH.length()));
        String body = StreamUtils.copyToString(request.getInputStream(), StandardCharsets.UTF_8);
        WebhookRequest received;
        try {
            received = WebhookRequest.of(url(request), "POST", headers(request), request.getContentType(), body);
        } catch (IllegalArgumentException e) { // a '%' not followed by two hex digits
            throw new InvalidInput("invalid_webhook", "the query or form body is not URL-encoded");
        }
        WebhookReply reply;
        // The sender's address goes with a refusal's security event (this chain binds no caller).
        try (var sender = CallerContext.open(
                CallerContext.Caller.anonymous(request.getRemoteAddr(), request.getHeader("User-Agent")))) {
            reply = ingest.receive(kind, received);
        }
        // Written directly: the message converters' negotiation cost more than the rest of the answer.
        byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(reply.contentType());
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    /** Any other provider name: 404, naming it. */
    @PostMapping(PATH + "{provider}")
    @Hidden
    ResponseEntity<String> unknown(@PathVariable String provider) {
        throw new NotFound("provider", provider);
    }

    private String url(HttpServletRequest request) {
        return publicUrl
                + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    private static ProviderKind kind(String provider) {
        try {
            return ProviderKind.fromCode(provider);
        } catch (IllegalArgumentException e) {
            throw new NotFound("provider", provider);
        }
    }
}
