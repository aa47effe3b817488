package io.switchboard.shared.web;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Bounds that follow from how a value is read: a UUID, a date or a time by its parser, which
 * refuses longer text ({@code maxLength}); an integer into a Java {@code int} or {@code long},
 * which refuses a larger number ({@code minimum}, {@code maximum}).
 */
final class TextFormats {

    private static final Map<String, Integer> MAX_LENGTH = Map.of(
            "uuid", 36,
            "date", 10,
            // 2030-01-01T09:00:00.123456789+05:30
            "date-time", 35,
            "time-local", 18,
            "time", 24,
            "duration", 64);

    private TextFormats() {}

    /**
     * Adds the format's length to a string schema that has none (and to its array items), and to an
     * integer without bounds its type's range: a larger number is refused when it is read.
     */
    static void bound(Schema<?> schema) {
        if (schema.getItems() != null) {
            bound(schema.getItems());
        }
        if (isType(schema, "integer")) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
            return;
        }
        Integer max = schema.getFormat() == null ? null : MAX_LENGTH.get(schema.getFormat());
        if (max != null && isType(schema, "string") && schema.getMaxLength() == null) {
            schema.setMaxLength(max);
        }
    }

    private static boolean isType(Schema<?> schema, String type) {
        return type.equals(schema.getType())
                || (schema.getTypes() != null && schema.getTypes().contains(type));
    }
}
