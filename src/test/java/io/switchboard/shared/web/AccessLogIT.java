package io.switchboard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.LoggerContext;
import io.switchboard.support.ApiTest;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Access lines go out through a queue of their own, each with its request id, none dropped. */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogIT extends ApiTest {

    @Test
    void everyApiCallGetsItsLineThroughTheQueue(CapturedOutput output) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getLogger("io.switchboard.access").iteratorForAppenders())
                .toIterable()
                .singleElement()
                .extracting(a -> a.getClass().getSimpleName())
                .isEqualTo("AsyncAppender");

        Tenant tenant = signUp();
        int before = lines(output.getOut());
        IntStream.range(0, 200)
                .forEach(i -> assertThat(api.get("/api/v1/me", tenant.token()).status())
                        .isEqualTo(200));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(lines(output.getOut()) - before).isEqualTo(200));
    }

    private static int lines(String out) {
        return out.split("io\\.switchboard\\.access\\s.*GET /api/v1/me 200", -1).length - 1;
    }
}
