package io.switchboard.leads;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

public record PipelineId(UUID value) {

    @JsonCreator
    public static PipelineId of(UUID value) {
        return new PipelineId(value);
    }

    public static PipelineId generate() {
        return new PipelineId(Ids.next());
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
