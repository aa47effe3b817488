package io.switchboard.messaging.internal;

import io.switchboard.shared.OutboundFailure;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a failed call to a provider's API means for the message, the same for every provider: only
 * a request the provider certainly did not act on is tried again (unreachable, 429, 5xx); a timeout
 * after the request left fails the message rather than risk sending it twice; any other answer is
 * the provider's final word, read by {@code refused} (its code and message).
 */
final class ProviderFailures {

    private ProviderFailures() {}

    static RuntimeException of(
            String provider, OutboundFailure failure, BiFunction<Integer, String, Sender.SendFailed> refused) {
        return switch (failure.kind()) {
            case UNREACHABLE, INTERRUPTED ->
                new Sender.TryLater(
                        "provider_unreachable", provider + " could not be reached; the message was not sent");
            case TIMED_OUT, CONNECTION_LOST ->
                new Sender.SendFailed(
                        "provider_timeout",
                        provider + " did not answer; the message may have been sent, so it is not sent again");
            case ANSWERED -> {
                int status = failure.status();
                if (status == 429 || status >= 500) {
                    yield new Sender.TryLater(
                            status == 429 ? "provider_rate_limited" : "provider_unavailable",
                            provider + " answered HTTP " + status);
                }
                yield refused.apply(status, failure.body());
            }
        };
    }

    /** A provider's JSON answer; an empty object when there is none or it is not JSON. */
    static JsonNode read(JsonMapper json, @Nullable String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (RuntimeException e) {
            return json.createObjectNode();
        }
    }

    static String truncate(String reason) {
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }
}
