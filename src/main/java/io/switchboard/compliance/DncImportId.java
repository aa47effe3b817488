package io.switchboard.compliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

/** A CSV import into an organization's do-not-call list. */
public record DncImportId(UUID value) {

    @JsonCreator
    public static DncImportId of(UUID value) {
        return new DncImportId(value);
    }

    public static DncImportId generate() {
        return new DncImportId(Ids.next());
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
