package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnalysisRetriesTest {

    final AnalysisRetries retries = new AnalysisRetries(5, Duration.ofSeconds(30), Duration.ofMinutes(2));

    @Test
    void backsOffDoublingUpToTheMaximum() {
        assertThat(retries.after(1, true)).isEqualTo(new AnalysisRetries.RetryIn(Duration.ofSeconds(30)));
        assertThat(retries.after(2, true)).isEqualTo(new AnalysisRetries.RetryIn(Duration.ofMinutes(1)));
        assertThat(retries.after(3, true)).isEqualTo(new AnalysisRetries.RetryIn(Duration.ofMinutes(2)));
        assertThat(retries.after(4, true)).isEqualTo(new AnalysisRetries.RetryIn(Duration.ofMinutes(2)));
    }

    @Test
    void givesUpAfterTheLastAttemptOrOnAFailureThatCannotPass() {
        assertThat(retries.after(5, true)).isInstanceOf(AnalysisRetries.GiveUp.class);
        assertThat(retries.after(9, true)).isInstanceOf(AnalysisRetries.GiveUp.class);
        assertThat(retries.after(1, false)).isInstanceOf(AnalysisRetries.GiveUp.class);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new AnalysisRetries(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnalysisRetries(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
