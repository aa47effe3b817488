package io.switchboard.sources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

public record VendorId(UUID value) {

    @JsonCreator
    public static VendorId of(UUID value) {
        return new VendorId(value);
    }

    public static VendorId generate() {
        return new VendorId(Ids.next());
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
