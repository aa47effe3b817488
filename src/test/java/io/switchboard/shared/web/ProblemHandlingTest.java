package io.switchboard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

class ProblemHandlingTest {

    private final ProblemHandling handling = new ProblemHandling();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ProblemHandling.class);

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void aBrowserThatClosedADownloadIsNoErrorOfOurs() {
        var request = new MockHttpServletRequest("GET", "/leads/export.csv");

        Object answer = handling.unexpected(
                new AsyncRequestNotUsableException(
                        "ServletOutputStream failed to write", new IOException("Broken pipe")),
                request);

        assertThat(answer).isNull();
        assertThat(logged.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN));
    }

    @Test
    void aRealFailureIsStillAnErrorWithItsTrace() {
        var request = new MockHttpServletRequest("GET", "/api/v1/leads");

        handling.unexpected(new IllegalStateException("a bug"), request);

        assertThat(logged.list)
                .anyMatch(e -> e.getLevel() == ch.qos.logback.classic.Level.ERROR && e.getThrowableProxy() != null);
    }
}
