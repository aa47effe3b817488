package io.switchboard.compliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

/** An entry of an organization's or the platform's do-not-call list. */
public record DncEntryId(UUID value) {

    @JsonCreator
    public static DncEntryId of(UUID value) {
        return new DncEntryId(value);
    }

    public static DncEntryId generate() {
        return new DncEntryId(Ids.next());
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
