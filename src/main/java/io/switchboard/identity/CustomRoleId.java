package io.switchboard.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A custom role of an organization. */
public record CustomRoleId(UUID value) {

    @JsonCreator
    public static CustomRoleId of(UUID value) {
        return new CustomRoleId(value);
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
