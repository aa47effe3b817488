package io.switchboard.telephony;

import static io.switchboard.telephony.CallStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallLifecycleTest {

    @Test
    void aCallMovesForward() {
        assertThat(CallLifecycle.next(QUEUED, RINGING)).isEqualTo(new CallLifecycle.Advance(QUEUED, RINGING));
        assertThat(CallLifecycle.next(RINGING, IN_PROGRESS)).isInstanceOf(CallLifecycle.Advance.class);
        assertThat(CallLifecycle.next(IN_PROGRESS, COMPLETED)).isInstanceOf(CallLifecycle.Advance.class);
    }

    @Test
    void stagesMayBeSkipped() {
        assertThat(CallLifecycle.next(QUEUED, COMPLETED)).isInstanceOf(CallLifecycle.Advance.class);
        assertThat(CallLifecycle.next(QUEUED, BUSY)).isInstanceOf(CallLifecycle.Advance.class);
        assertThat(CallLifecycle.next(IN_PROGRESS, VOICEMAIL)).isInstanceOf(CallLifecycle.Advance.class);
    }

    @Test
    void aLateReportNeverMovesACallBack() {
        assertThat(CallLifecycle.next(COMPLETED, RINGING)).isEqualTo(new CallLifecycle.Stale(COMPLETED, RINGING));
        assertThat(CallLifecycle.next(IN_PROGRESS, RINGING)).isInstanceOf(CallLifecycle.Stale.class);
        assertThat(CallLifecycle.next(RINGING, QUEUED)).isInstanceOf(CallLifecycle.Stale.class);
    }

    @Test
    void theFirstEndIsFinal() {
        assertThat(CallLifecycle.next(NO_ANSWER, COMPLETED)).isInstanceOf(CallLifecycle.Stale.class);
        assertThat(CallLifecycle.next(COMPLETED, FAILED)).isInstanceOf(CallLifecycle.Stale.class);
        assertThat(CallLifecycle.next(COMPLETED, COMPLETED)).isEqualTo(new CallLifecycle.Unchanged(COMPLETED));
    }

    @Test
    void everyStatusHasItsPlace() {
        for (CallStatus status : CallStatus.values()) {
            assertThat(status.isTerminal()).isEqualTo(status.rank() == 3);
            assertThat(CallStatus.fromCode(status.toString())).isEqualTo(status);
        }
    }
}
