package io.switchboard.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** An API key (its id, never its secret). */
public record ApiKeyId(UUID value) {

    @JsonCreator
    public static ApiKeyId of(UUID value) {
        return new ApiKeyId(value);
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
