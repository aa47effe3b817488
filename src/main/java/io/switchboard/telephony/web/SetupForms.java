package io.switchboard.telephony.web;

import io.switchboard.shared.InvalidInput;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reading the setup pages' JSON text areas. */
final class SetupForms {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private SetupForms() {}

    static @Nullable Map<String, Object> json(JsonMapper json, String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readValue(text, MAP);
        } catch (JacksonException e) {
            throw new InvalidInput(field, "invalid_json", "is not a JSON object such as {\"voice\": \"en-US\"}");
        }
    }

    static String pretty(JsonMapper json, Map<String, Object> value) {
        return value.isEmpty() ? "" : json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
