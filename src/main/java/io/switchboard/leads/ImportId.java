package io.switchboard.leads;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

public record ImportId(UUID value) {

    @JsonCreator
    public static ImportId of(UUID value) {
        return new ImportId(value);
    }

    public static ImportId generate() {
        return new ImportId(Ids.next());
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
