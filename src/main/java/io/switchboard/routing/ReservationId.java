package io.switchboard.routing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

/** An offer of one work to one agent. */
public record ReservationId(UUID value) {

    @JsonCreator
    public static ReservationId of(UUID value) {
        return new ReservationId(value);
    }

    public static ReservationId generate() {
        return new ReservationId(Ids.next());
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
