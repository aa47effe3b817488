package io.switchboard.telephony.internal.http;

import io.switchboard.shared.FormEncoding;
import io.switchboard.shared.OutboundFailure;
import io.switchboard.shared.OutboundHttp;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.TelephonyProperties;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adapters' HTTP side: one client with the configured timeouts, and the one place that decides
 * whether a failed request may be repeated. Only a request the provider certainly did not act on is
 * retryable (the connection was refused or timed out before it was made, or the provider answered
 * 429 or 503); an answer that never came after the request was sent is ambiguous and is not
 * retryable, because repeating it could dial the person twice.
 */
@Component
public class ProviderHttp {

    private final RestClient client;
    private final Duration timeout;
    private final JsonMapper json;

    ProviderHttp(TelephonyProperties properties, JsonMapper json, OutboundHttp outbound) {
        this.timeout = properties.providerTimeout();
        this.json = json;
        this.client = outbound.builder(timeout, timeout)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    /** A provider's answer: its status and body. */
    public record Answer(int status, String body) {}

    /** The API base URL of an account: its {@code api_base_url} setting, else the provider's default. */
    public static String baseUrl(ProviderAccount account, String fallback) {
        return account.setting("api_base_url", fallback).replaceAll("/+$", "");
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String form(Map<String, List<String>> fields) {
        return FormEncoding.encode(fields);
    }

    public static String encode(String value) {
        return FormEncoding.encode(value);
    }

    /** Whether a provider's list of number resources has one whose {@code phone_number} is this one. */
    public static boolean lists(JsonNode numbers, String phoneNumber) {
        for (JsonNode number : numbers) {
            JsonNode listed = number.path("phone_number");
            if (listed.isString() && phoneNumber.equals(listed.asString())) {
                return true;
            }
        }
        return false;
    }

    public String json(Object body) {
        return json.writeValueAsString(body);
    }

    public JsonNode read(String body) {
        try {
            return json.readTree(body.isBlank() ? "{}" : body);
        } catch (RuntimeException e) {
            return json.createObjectNode();
        }
    }

    /**
     * Sends a request and answers a 2xx response.
     *
     * @param what what the request does, for messages ("create call")
     * @param request the request on this module's client; give its URI as a template with variables
     *     ({@code base + "/Calls/{sid}.json", sid}), so that the metrics group calls by the template
     * @throws ProviderException for any failure, retryable only when the provider certainly did
     *     not act on the request
     */
    public Answer send(
            ProviderKind provider, String what, Function<RestClient, RestClient.RequestHeadersSpec<?>> request) {
        ResponseEntity<String> response;
        try {
            response = request.apply(client).retrieve().toEntity(String.class);
        } catch (RestClientException e) {
            throw failure(provider, what, OutboundFailure.of(e), e);
        } catch (IllegalArgumentException e) {
            throw new ProviderException(
                    false, "provider_not_configured", provider + " account's api_base_url is not a valid URL");
        }
        String body = response.getBody() == null ? "" : response.getBody();
        if (response.getStatusCode().is2xxSuccessful()) {
            return new Answer(response.getStatusCode().value(), body);
        }
        throw refusal(provider, what, response.getStatusCode().value(), body);
    }

    private ProviderException failure(ProviderKind provider, String what, OutboundFailure failure, Exception cause) {
        return switch (failure.kind()) {
            case UNREACHABLE ->
                new ProviderException(
                        true, "provider_unreachable", provider + " could not be reached to " + what, cause);
            case TIMED_OUT ->
                new ProviderException(
                        false,
                        "provider_timeout",
                        provider + " did not answer within " + timeout.toSeconds() + "s to " + what
                                + "; it may have acted on the request, so it is not repeated",
                        cause);
            case CONNECTION_LOST ->
                new ProviderException(
                        false,
                        "provider_connection_lost",
                        "the connection to " + provider + " failed during " + what + "; not repeated",
                        cause);
            case INTERRUPTED ->
                new ProviderException(false, "interrupted", "interrupted while asking " + provider + " to " + what);
            case ANSWERED -> refusal(provider, what, failure.status(), failure.body());
        };
    }

    ProviderException refusal(ProviderKind provider, String what, int status, @Nullable String body) {
        String detail = message(body);
        String text = provider + " answered HTTP " + status + " to " + what + (detail.isEmpty() ? "" : ": " + detail);
        return switch (status) {
            case 429 -> new ProviderException(true, "provider_rate_limited", text);
            case 503 -> new ProviderException(true, "provider_unavailable", text);
            case 404 -> new ProviderException(false, "provider_not_found", text);
            case 401, 403 -> new ProviderException(false, "provider_credentials_refused", text);
            default ->
                status >= 500
                        // 500, 502, 504: the provider may have acted before failing; never repeated.
                        ? new ProviderException(false, "provider_error", text)
                        : new ProviderException(false, "provider_refused", text);
        };
    }

    /**
     * The provider's own explanation, from the usual fields of a JSON error body; nothing else of
     * the body (an HTML page of a proxy, a stack trace) is passed on.
     */
    String message(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        JsonNode node = read(body);
        for (String field : List.of("message", "error", "detail", "error_message")) {
            JsonNode value = node.path(field);
            if (value.isString() && !value.asString().isBlank()) {
                String code = node.path("code").isNumber()
                        ? " (code " + node.path("code").asString() + ")"
                        : "";
                return truncate(value.asString() + code);
            }
            if ((value.isObject() || value.isArray()) && !value.isEmpty()) {
                return truncate(value.toString());
            }
        }
        return "";
    }

    private static String truncate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
