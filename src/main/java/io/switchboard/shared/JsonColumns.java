package io.switchboard.shared;

import java.util.Map;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code jsonb} columns with the application's JSON settings. */
@Component
public class JsonColumns {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JsonMapper json;

    JsonColumns(JsonMapper json) {
        this.json = json;
    }

    public JSONB write(Object value) {
        return JSONB.valueOf(json.writeValueAsString(value));
    }

    public Map<String, Object> readMap(@Nullable JSONB value) {
        return value == null ? Map.of() : json.readValue(value.data(), MAP);
    }

    public <T> T read(JSONB value, Class<T> type) {
        return json.readValue(value.data(), type);
    }

    public <T> T read(JSONB value, TypeReference<T> type) {
        return json.readValue(value.data(), type);
    }
}
