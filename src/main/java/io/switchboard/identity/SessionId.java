package io.switchboard.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A session: one refresh-token family, what a sign-in opens and a sign-out ends. */
public record SessionId(UUID value) {

    @JsonCreator
    public static SessionId of(UUID value) {
        return new SessionId(value);
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
