package io.switchboard.campaigns.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.campaigns.WaitingReason;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WaitingTextTest {

    // Monday 7 December 2026, 09:30 in Chicago (15:30 UTC).
    private final WaitingText text =
            new WaitingText(ZoneId.of("America/Chicago"), Instant.parse("2026-12-07T15:30:00Z"));

    @Test
    void reasonsReadAsSentencesWithTimesInTheViewersZone() {
        assertThat(text.sentence(
                        new WaitingReason("outside_calling_window", 22, 0, Instant.parse("2026-12-07T20:00:00Z"))))
                .isEqualTo("22 leads outside their calling window; next allowed 14:00 your time");
        assertThat(text.sentence(new WaitingReason("recently_contacted", 8, 0, Instant.parse("2026-12-08T15:12:00Z"))))
                .isEqualTo("8 leads recently contacted (next tomorrow 09:12)");
        assertThat(text.sentence(new WaitingReason("concurrency_limit", 3, 3, null)))
                .isEqualTo("concurrency limit reached (3 of 3 calls live)");
        assertThat(text.sentence(new WaitingReason("all_done", 0, 0, null))).isEqualTo("all leads done");
        assertThat(text.sentence(new WaitingReason("retry", 1, 0, Instant.parse("2026-12-10T15:00:00Z"))))
                .isEqualTo("1 lead waiting for their next attempt (next Thu 10 Dec, 09:00)");
    }
}
