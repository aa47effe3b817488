package io.switchboard.compliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

/** An organization's holiday. */
public record HolidayId(UUID value) {

    @JsonCreator
    public static HolidayId of(UUID value) {
        return new HolidayId(value);
    }

    public static HolidayId generate() {
        return new HolidayId(Ids.next());
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
