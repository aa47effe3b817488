package io.switchboard.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

public record RuleId(UUID value) {

    @JsonCreator
    public static RuleId of(UUID value) {
        return new RuleId(value);
    }

    public static RuleId generate() {
        return new RuleId(Ids.next());
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
