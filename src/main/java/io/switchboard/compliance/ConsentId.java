package io.switchboard.compliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

/** A consent ledger entry. */
public record ConsentId(UUID value) {

    @JsonCreator
    public static ConsentId of(UUID value) {
        return new ConsentId(value);
    }

    public static ConsentId generate() {
        return new ConsentId(Ids.next());
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
