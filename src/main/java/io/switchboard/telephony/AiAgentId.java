package io.switchboard.telephony;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

/** An AI voice agent. */
public record AiAgentId(UUID value) {

    @JsonCreator
    public static AiAgentId of(UUID value) {
        return new AiAgentId(value);
    }

    public static AiAgentId generate() {
        return new AiAgentId(Ids.next());
    }

    @JsonValue
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
