package io.switchboard.tenancy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

public record ProjectId(UUID value) {

    @JsonCreator
    public static ProjectId of(UUID value) {
        return new ProjectId(value);
    }

    public static ProjectId generate() {
        return new ProjectId(Ids.next());
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
