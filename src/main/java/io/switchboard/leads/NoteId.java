package io.switchboard.leads;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

public record NoteId(UUID value) {

    @JsonCreator
    public static NoteId of(UUID value) {
        return new NoteId(value);
    }

    public static NoteId generate() {
        return new NoteId(Ids.next());
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
