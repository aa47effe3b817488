package io.switchboard.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record OrganizationId(UUID value) {

    @JsonCreator
    public static OrganizationId of(UUID value) {
        return new OrganizationId(value);
    }

    public static OrganizationId generate() {
        return new OrganizationId(Ids.next());
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
