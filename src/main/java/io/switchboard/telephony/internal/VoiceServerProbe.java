package io.switchboard.telephony.internal;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a voice streaming server by opening a WebSocket to it and closing it again. The one
 * outbound call that does not go through {@code OutboundHttp}: a WebSocket handshake is an HTTP
 * upgrade, which Spring's {@code RestClient} does not make (and the JDK client refuses the
 * {@code Upgrade} header on a plain request), so the JDK's WebSocket client makes it, observed as
 * {@code voice.server.probes} with its outcome.
 */
@Component
public class VoiceServerProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObservationRegistry observations;

    VoiceServerProbe(ObservationRegistry observations) {
        this.observations = observations;
    }

    /** Null when the server accepted the WebSocket handshake, else why it did not. */
    public @Nullable String check(String url) {
        Observation observation = Observation.start("voice.server.probes", observations);
        String error = null;
        try (var scope = observation.openScope()) {
            error = handshake(url);
            return error;
        } finally {
            observation
                    .lowCardinalityKeyValue("outcome", error == null ? "verified" : "failed")
                    .stop();
        }
    }

    private @Nullable String handshake(String url) {
        try {
            WebSocket socket = http.newWebSocketBuilder()
                    .connectTimeout(TIMEOUT)
                    .buildAsync(URI.create(url), new WebSocket.Listener() {})
                    .get(TIMEOUT.toSeconds() + 1, TimeUnit.SECONDS);
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "verified").orTimeout(2, TimeUnit.SECONDS);
            socket.abort();
            return null;
        } catch (ExecutionException e) {
            return reason(e.getCause());
        } catch (TimeoutException e) {
            return "no answer within " + TIMEOUT.toSeconds() + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (IllegalArgumentException e) {
            return "not a WebSocket URL: " + e.getMessage();
        }
    }

    /** Shown to admins: what happened, in words, never the exception's class or stack. */
    private static String reason(@Nullable Throwable cause) {
        if (cause instanceof WebSocketHandshakeException refused) {
            return "the server refused the WebSocket handshake (HTTP "
                    + refused.getResponse().statusCode() + ")";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + TIMEOUT.toSeconds() + " s";
        }
        if (cause instanceof ConnectException) {
            return "the connection was refused";
        }
        return cause instanceof IOException ? "the connection failed" : "the handshake failed";
    }
}
