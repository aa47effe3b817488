package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What becomes of a campaign member after each way a call can end. */
class RetryPolicyTest {

    private static final Instant ENDED = Instant.parse("2026-12-07T15:00:00Z");
    private static final RetryDelays DELAYS = new RetryDelays(240, 60, 1440, 30);
    private static final RetryPolicy THREE_TRIES = new RetryPolicy(3, DELAYS);

    @Test
    void aConversationReachesTheLeadWhateverTheAttemptsLeft() {
        assertThat(THREE_TRIES.after("completed", false, 1, ENDED))
                .isEqualTo(new RetryPolicy.Reached(MemberStatus.CONTACTED));
        assertThat(THREE_TRIES.after("completed", false, 3, ENDED))
                .as("the last attempt answered is a contact, not an exhaustion")
                .isEqualTo(new RetryPolicy.Reached(MemberStatus.CONTACTED));
    }

    @Test
    void aTransferWinsOverTheCallsStatus() {
        // A transferred call may end as completed, or fail on the human's side: either way it reached someone.
        assertThat(THREE_TRIES.after("completed", true, 1, ENDED))
                .isEqualTo(new RetryPolicy.Reached(MemberStatus.TRANSFERRED));
        assertThat(THREE_TRIES.after("failed", true, 3, ENDED))
                .isEqualTo(new RetryPolicy.Reached(MemberStatus.TRANSFERRED));
    }

    @Test
    void anUnansweredCallIsTriedAgainAfterTheDelayForItsOutcome() {
        assertThat(THREE_TRIES.after("no_answer", false, 1, ENDED))
                .isEqualTo(new RetryPolicy.Retry(ENDED.plus(Duration.ofMinutes(240))));
        assertThat(THREE_TRIES.after("busy", false, 1, ENDED))
                .isEqualTo(new RetryPolicy.Retry(ENDED.plus(Duration.ofMinutes(60))));
        assertThat(THREE_TRIES.after("voicemail", false, 2, ENDED))
                .isEqualTo(new RetryPolicy.Retry(ENDED.plus(Duration.ofDays(1))));
        assertThat(THREE_TRIES.after("failed", false, 2, ENDED))
                .isEqualTo(new RetryPolicy.Retry(ENDED.plus(Duration.ofMinutes(30))));
    }

    @Test
    void anOutcomeWithoutADelayOfItsOwnWaitsAsLongAsAFailure() {
        assertThat(THREE_TRIES.delay("canceled")).isEqualTo(Duration.ofMinutes(30));
        assertThat(THREE_TRIES.delay(null)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theLastAttemptUnansweredExhaustsTheMember() {
        assertThat(THREE_TRIES.after("no_answer", false, 3, ENDED)).isInstanceOf(RetryPolicy.Exhausted.class);
        assertThat(new RetryPolicy(1, DELAYS).after("busy", false, 1, ENDED)).isInstanceOf(RetryPolicy.Exhausted.class);
        assertThat(THREE_TRIES.after("busy", false, 4, ENDED))
                .as("more attempts than allowed (the limit lowered meanwhile)")
                .isInstanceOf(RetryPolicy.Exhausted.class);
    }

    @Test
    void attemptsAndDelaysOutsideTheirLimitsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new RetryPolicy(0, DELAYS))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("invalid_range"))
                .hasMessageContaining("between 1 and 20");
        assertThatThrownBy(() -> new RetryPolicy(21, DELAYS)).isInstanceOf(InvalidInput.class);
        assertThat(new RetryPolicy(20, new RetryDelays(0, 0, 0, 43_200)).maxAttempts())
                .isEqualTo(20);
        assertThatThrownBy(() -> new RetryDelays(240, -1, 1440, 30))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldProblems())
                        .extracting(f -> f.field())
                        .containsExactly("retry_delays"));
        assertThatThrownBy(() -> new RetryDelays(240, 60, 43_201, 30)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theConversionRateIsAPercentWithTwoDecimalsAndZeroBeforeAnyCall() {
        assertThat(CampaignStats.rate(0, 0)).isZero();
        assertThat(CampaignStats.rate(1, 3)).isEqualTo(33.33);
        assertThat(CampaignStats.rate(2, 3)).isEqualTo(66.67);
        assertThat(CampaignStats.rate(5, 5)).isEqualTo(100.0);
    }
}
