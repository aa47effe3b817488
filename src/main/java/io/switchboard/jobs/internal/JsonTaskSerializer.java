package io.switchboard.jobs.internal;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Job data as readable JSON (db-scheduler's default is Java serialization). */
final class JsonTaskSerializer implements Serializer {

    // Lenient on purpose: a payload stored by an older release still reads after a field is added.
    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public byte @Nullable [] serialize(@Nullable Object data) {
        if (data == null) {
            return null; // a recurring job has no data
        }
        return MAPPER.writeValueAsBytes(data);
    }

    @Override
    public <T> @Nullable T deserialize(Class<T> type, byte @Nullable [] serialized) {
        if (serialized == null) {
            return null;
        }
        return MAPPER.readValue(serialized, type);
    }
}
