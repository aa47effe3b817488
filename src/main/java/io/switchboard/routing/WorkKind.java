package io.switchboard.routing;

import io.switchboard.shared.Codes;

/** What a work is; a call takes the agent's one voice slot, the rest share the task slots. */
public enum WorkKind {
    CALL,
    CALLBACK,
    LEAD;

    public Channel channel() {
        return this == CALL ? Channel.VOICE : Channel.TASK;
    }

    public static WorkKind fromCode(String code) {
        return Codes.parse(WorkKind.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }

    /** The capacity a work holds while offered or accepted. */
    public enum Channel {
        VOICE,
        TASK;

        public static Channel fromCode(String code) {
            return Codes.parse(Channel.class, code);
        }

        @Override
        public String toString() {
            return Codes.of(this);
        }
    }
}
