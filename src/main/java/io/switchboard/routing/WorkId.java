package io.switchboard.routing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

/** A piece of work routed to a person. */
public record WorkId(UUID value) {

    @JsonCreator
    public static WorkId of(UUID value) {
        return new WorkId(value);
    }

    public static WorkId generate() {
        return new WorkId(Ids.next());
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
