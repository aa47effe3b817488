package io.switchboard.leads;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

public record StageId(UUID value) {

    @JsonCreator
    public static StageId of(UUID value) {
        return new StageId(value);
    }

    public static StageId generate() {
        return new StageId(Ids.next());
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
