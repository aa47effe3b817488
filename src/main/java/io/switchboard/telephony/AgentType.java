package io.switchboard.telephony;

import io.switchboard.shared.Codes;

/** What an AI agent handles (seed 004). */
public enum AgentType {
    CALL,
    CHAT;

    public static AgentType fromCode(String code) {
        return Codes.parse(AgentType.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
