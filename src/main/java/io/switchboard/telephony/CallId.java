package io.switchboard.telephony;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

/** A call attempt. */
public record CallId(UUID value) {

    @JsonCreator
    public static CallId of(UUID value) {
        return new CallId(value);
    }

    public static CallId generate() {
        return new CallId(Ids.next());
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
