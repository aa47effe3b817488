package io.switchboard.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.SwitchboardApplication;
import io.switchboard.support.ApiTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node that stops ends its live streams at once: an open server-sent-events stream is a request
 * that never finishes, and the graceful shutdown waited its whole timeout (30 s) for it, so Ctrl-C
 * on a console with a page open hung that long.
 */
class ServerStopIT extends ApiTest {

    // Well under the graceful shutdown's 30 s, with room for a loaded machine.
    private static final Duration STOPS_WITHIN = Duration.ofSeconds(15);

    @Test
    void stoppingANodeEndsItsStreamsInsteadOfWaitingForThem() throws Exception {
        Tenant tenant = signUp();
        ConfigurableApplicationContext node = new SpringApplicationBuilder(SwitchboardApplication.class)
                .profiles("test")
                .properties("server.port=0")
                // The application's own shutdown (the test profile's is immediate), as an argument
                // to win over the profile.
                .run("--server.shutdown=graceful");
        int nodePort = Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
        List<LiveStream> streams = LiveStream.both(nodePort, tenant.token(), "calls");

        long started = System.nanoTime();
        node.close();
        Duration stopping = Duration.ofNanos(System.nanoTime() - started);

        assertThat(stopping).isLessThan(STOPS_WITHIN);
        await().atMost(LiveStream.QUICKLY).untilAsserted(() -> assertThat(streams)
                .allSatisfy(stream ->
                        assertThat(stream.closed()).as(stream.toString()).isTrue()));
        // Told why, as going away rather than an error (WebSocket 1001; the SSE stream in a last event).
        assertThat(streams).allSatisfy(stream -> assertThat(
                        "1001 server_stopping".equals(stream.closeReason()) || stream.got("server_stopping"))
                .as(stream.toString())
                .isTrue());
    }
}
