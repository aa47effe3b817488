package io.switchboard.telephony.internal.simulated;

import io.switchboard.shared.OutboundFailure;
import io.switchboard.shared.OutboundHttp;
import io.switchboard.shared.RetryPolicy;
import io.switchboard.telephony.TelephonyProperties;
import java.net.URI;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The simulator's delivery side: posts signed webhooks at their scheduled time, and like a real
 * provider retries with backoff when Switchboard does not answer 2xx (up to five attempts).
 */
@Component
class SimulatorWebhooks {

    /** 1, 2, 4 and 8 s between five attempts in all. */
    private static final RetryPolicy RETRIES =
            RetryPolicy.doubling(Duration.ofSeconds(1), Duration.ofSeconds(8)).giveUpAfter(5);

    private static final Logger log = LoggerFactory.getLogger(SimulatorWebhooks.class);

    private final TelephonyProperties properties;
    private final Clock clock;
    private final RestClient http;
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(
            1, Thread.ofPlatform().daemon().name("simulator-timer").factory());
    private volatile int localPort = -1;

    SimulatorWebhooks(TelephonyProperties properties, Clock clock, OutboundHttp outbound) {
        this.properties = properties;
        this.clock = clock;
        this.http = outbound.client(Duration.ofSeconds(5), Duration.ofSeconds(30));
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
        int status;
        try {
            status = http.post()
                    .uri(target)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.USER_AGENT, "Switchboard-Simulator/1.0")
                    .header(SimulatorSignature.HEADER, SimulatorSignature.sign(secret, body, clock.instant()))
                    .body(body)
                    .exchange((request, response) -> response.getStatusCode().value());
        } catch (RestClientException e) {
            OutboundFailure failure = OutboundFailure.of(e);
            if (failure.kind() != OutboundFailure.Kind.INTERRUPTED) {
                retry(target, secret, body, attempt, delivered, failure.kind().toString());
            }
            return;
        }
        if (status < 300 || (status >= 400 && status < 500 && status != 429)) {
            if (status >= 400) {
                log.warn("Switchboard refused a simulated webhook with {}; not retried", status);
            }
            delivered.run();
            return;
        }
        retry(target, secret, body, attempt, delivered, "HTTP " + status);
    }

    private void retry(URI target, String secret, String body, int attempt, Runnable delivered, String why) {
        if (RETRIES.exhausted(attempt)) {
            log.warn("simulated webhook given up after {} attempts: {}", attempt, why);
            delivered.run();
            return;
        }
        timer.schedule(
                () -> Thread.ofVirtual().start(() -> send(target, secret, body, attempt + 1, delivered)),
                RETRIES.pauseAfter(attempt).toMillis(),
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
