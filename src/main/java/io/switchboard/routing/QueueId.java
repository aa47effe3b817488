package io.switchboard.routing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

/** A routing queue. */
public record QueueId(UUID value) {

    @JsonCreator
    public static QueueId of(UUID value) {
        return new QueueId(value);
    }

    public static QueueId generate() {
        return new QueueId(Ids.next());
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
