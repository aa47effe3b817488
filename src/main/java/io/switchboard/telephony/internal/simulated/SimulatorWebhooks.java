package io.switchboard.telephony.internal.simulated;

import io.switchboard.telephony.TelephonyProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The simulator's delivery side: posts signed webhooks at their scheduled time, and like a real
 * provider retries with backoff when Switchboard does not answer 2xx (up to five attempts).
 */
@Component
class SimulatorWebhooks {

    private static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(SimulatorWebhooks.class);

    private final TelephonyProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(
            1, Thread.ofPlatform().daemon().name("simulator-timer").factory());
    private volatile int localPort = -1;

    SimulatorWebhooks(TelephonyProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        localPort = event.getWebServer().getPort();
    }

    /** Schedules one delivery; the returned action cancels it if it has not left yet. */
    Runnable schedule(Duration delay, String callbackUrl, String secret, String body, Runnable delivered) {
        ScheduledFuture<?> future = timer.schedule(
                () -> Thread.ofVirtual().start(() -> send(target(callbackUrl), secret, body, 1, delivered)),
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    private void send(URI target, String secret, String body, int attempt, Runnable delivered) {
        try {
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Switchboard-Simulator/1.0")
                    .header(SimulatorSignature.HEADER, SimulatorSignature.sign(secret, body, clock.instant()))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 300 || (status >= 400 && status < 500 && status != 429)) {
                if (status >= 400) {
                    log.warn("Switchboard refused a simulated webhook with {}; not retried", status);
                }
                delivered.run();
                return;
            }
            retry(target, secret, body, attempt, delivered, "HTTP " + status);
        } catch (IOException e) {
            retry(target, secret, body, attempt, delivered, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void retry(URI target, String secret, String body, int attempt, Runnable delivered, String why) {
        if (attempt >= MAX_ATTEMPTS) {
            log.warn("simulated webhook given up after {} attempts: {}", attempt, why);
            delivered.run();
            return;
        }
        timer.schedule(
                () -> Thread.ofVirtual().start(() -> send(target, secret, body, attempt + 1, delivered)),
                1000L << (attempt - 1),
                TimeUnit.MILLISECONDS);
    }

    /** The callback URL's path and query, sent to this node (or the configured simulator target). */
    private URI target(String callbackUrl) {
        URI callback = URI.create(callbackUrl);
        String base = !properties.simulatorUrl().isBlank()
                ? properties.simulatorUrl().replaceAll("/+$", "")
                : localPort > 0
                        ? "http://127.0.0.1:" + localPort
                        : callback.getScheme() + "://" + callback.getRawAuthority();
        return URI.create(
                base + callback.getRawPath() + (callback.getRawQuery() == null ? "" : "?" + callback.getRawQuery()));
    }
}
