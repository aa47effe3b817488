package io.switchboard.tenancy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

public record TeamId(UUID value) {

    @JsonCreator
    public static TeamId of(UUID value) {
        return new TeamId(value);
    }

    public static TeamId generate() {
        return new TeamId(Ids.next());
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
