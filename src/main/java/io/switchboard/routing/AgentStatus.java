package io.switchboard.routing;

import io.switchboard.shared.Codes;

/** Where an agent is. Only an available agent is offered work; busy and wrap_up follow calls. */
public enum AgentStatus {
    AVAILABLE,
    BUSY,
    ON_BREAK,
    OFFLINE,
    IN_MEETING,
    WRAP_UP;

    public static AgentStatus fromCode(String code) {
        return Codes.parse(AgentStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
