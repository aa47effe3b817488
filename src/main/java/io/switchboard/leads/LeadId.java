package io.switchboard.leads;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

public record LeadId(UUID value) {

    @JsonCreator
    public static LeadId of(UUID value) {
        return new LeadId(value);
    }

    public static LeadId generate() {
        return new LeadId(Ids.next());
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
