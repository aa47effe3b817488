package io.switchboard.shared;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * What went wrong with a call made through {@link OutboundHttp}, sorted by what matters for trying
 * again: whether the other side can have acted on the request. Modules turn it into their own
 * exceptions and problem codes; its {@code body} is the other side's, never shown to a client as
 * it is.
 *
 * @param status the HTTP status when the other side {@link Kind#ANSWERED}, else 0
 * @param body the answer's body when it answered, else empty
 */
public record OutboundFailure(Kind kind, int status, HttpHeaders headers, String body) {

    public enum Kind {
        /** No connection was made (refused, unknown host, connect timeout): nothing was sent. */
        UNREACHABLE,
        /** Sent, and no answer came within the read timeout: the other side may have acted. */
        TIMED_OUT,
        /** The connection failed once the request was under way: the other side may have acted. */
        CONNECTION_LOST,
        /** This thread was interrupted (the node is stopping) while waiting. */
        INTERRUPTED,
        /** The other side answered with a status that is not 2xx. */
        ANSWERED
    }

    public static OutboundFailure of(RestClientException e) {
        if (e instanceof RestClientResponseException answered) {
            return new OutboundFailure(
                    Kind.ANSWERED,
                    answered.getStatusCode().value(),
                    answered.getResponseHeaders() == null ? HttpHeaders.EMPTY : answered.getResponseHeaders(),
                    answered.getResponseBodyAsString());
        }
        return new OutboundFailure(kindOf(e), 0, HttpHeaders.EMPTY, "");
    }

    /** Whether the request may have reached the other side and been acted on. */
    public boolean maybeActed() {
        return kind != Kind.UNREACHABLE;
    }

    /** The wait the other side asked for with {@code Retry-After: <seconds>}. */
    public Optional<Duration> retryAfter() {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        return value != null && value.strip().matches("\\d{1,6}")
                ? Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())))
                : Optional.empty();
    }

    private static Kind kindOf(Throwable e) {
        if (Thread.currentThread().isInterrupted()) {
            return Kind.INTERRUPTED;
        }
        for (@Nullable Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException
                    || cause instanceof ConnectException
                    || cause instanceof UnknownHostException) {
                return Kind.UNREACHABLE;
            }
            if (cause instanceof HttpTimeoutException) {
                return Kind.TIMED_OUT;
            }
        }
        return Kind.CONNECTION_LOST;
    }
}
