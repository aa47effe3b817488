package io.switchboard.messaging;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

public record TemplateId(UUID value) {

    @JsonCreator
    public static TemplateId of(UUID value) {
        return new TemplateId(value);
    }

    public static TemplateId generate() {
        return new TemplateId(Ids.next());
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
