package io.switchboard.telephony;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

/** A phone number of the organization. */
public record PhoneNumberId(UUID value) {

    @JsonCreator
    public static PhoneNumberId of(UUID value) {
        return new PhoneNumberId(value);
    }

    public static PhoneNumberId generate() {
        return new PhoneNumberId(Ids.next());
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
