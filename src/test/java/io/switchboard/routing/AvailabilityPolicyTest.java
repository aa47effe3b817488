package io.switchboard.routing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.Conflict;
import org.junit.jupiter.api.Test;

class AvailabilityPolicyTest {

    @Test
    void wrapUpOnlyFollowsACallAndAnAgentOnACallStaysBusy() {
        assertThatThrownBy(() -> AvailabilityPolicy.check(AgentStatus.AVAILABLE, AgentStatus.WRAP_UP, false))
                .isInstanceOf(Conflict.class);
        assertThatCode(() -> AvailabilityPolicy.check(AgentStatus.BUSY, AgentStatus.WRAP_UP, false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AvailabilityPolicy.check(AgentStatus.BUSY, AgentStatus.ON_BREAK, true))
                .isInstanceOf(Conflict.class);
        assertThatCode(() -> AvailabilityPolicy.check(AgentStatus.OFFLINE, AgentStatus.AVAILABLE, false))
                .doesNotThrowAnyException();
    }
}
