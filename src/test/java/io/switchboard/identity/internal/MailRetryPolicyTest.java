package io.switchboard.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailRetryPolicyTest {

    final MailRetryPolicy policy = new MailRetryPolicy(8);

    @Test
    void backsOffExponentiallyUpToAnHour() {
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.backoff(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(policy.backoff(7)).isEqualTo(Duration.ofMinutes(60));
        assertThat(policy.backoff(30)).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(policy.givesUpAfter(7)).isFalse();
        assertThat(policy.givesUpAfter(8)).isTrue();
    }
}
