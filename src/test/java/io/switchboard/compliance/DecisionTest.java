package io.switchboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {

    @Test
    void decisionsNameTheFirstReasonAndOnlyTimeReasonsHaveANextMoment() {
        Instant later = Instant.parse("2025-01-01T00:00:00Z");
        Decision onlyTime =
                Decision.deny(List.of(DecisionReason.OUTSIDE_CALLING_WINDOW, DecisionReason.HOLIDAY), later);
        assertThat(onlyTime.reason()).isEqualTo(DecisionReason.HOLIDAY);
        assertThat(onlyTime.nextAllowedAt()).isEqualTo(later);
        assertThat(onlyTime.deferred()).isTrue();
        Decision listed =
                Decision.deny(List.of(DecisionReason.OUTSIDE_CALLING_WINDOW, DecisionReason.DO_NOT_CALL), later);
        assertThat(listed.reason()).isEqualTo(DecisionReason.DO_NOT_CALL);
        assertThat(listed.reasons()).containsExactly(DecisionReason.DO_NOT_CALL, DecisionReason.OUTSIDE_CALLING_WINDOW);
        assertThat(listed.nextAllowedAt()).isNull();
        assertThat(listed.deferred()).isFalse();
        assertThat(DecisionReason.PLATFORM_DO_NOT_CALL.toString()).isEqualTo("platform_do_not_call");
    }
}
