package io.switchboard.leads;

import io.switchboard.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Custom field values are typed by the organization's definitions: numbers are numbers, dates are
 * ISO dates, selects take one of their options. Undefined keys are refused, so a typo in an import
 * mapping or an API call does not silently create a new field.
 */
public final class CustomFieldPolicy {

    private CustomFieldPolicy() {}

    public static Map<String, Object> validate(
            Map<String, Object> values, List<CustomField> definitions, boolean requireAll) {
        Map<String, CustomField> byKey =
                definitions.stream().collect(Collectors.toMap(CustomField::key, Function.identity()));
        Map<String, Object> clean = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            CustomField field = byKey.get(entry.getKey());
            String path = "custom_fields." + entry.getKey();
            if (field == null) {
                throw new InvalidInput(path, "unknown_custom_field", "is not a custom field of this organization");
            }
            Object value = coerce(field, entry.getValue(), path);
            if (value != null) {
                clean.put(field.key(), value);
            }
        }
        if (requireAll) {
            for (CustomField field : definitions) {
                if (field.required() && !clean.containsKey(field.key())) {
                    throw new InvalidInput("custom_fields." + field.key(), "required", "is required");
                }
            }
        }
        return clean;
    }

    /** Text from a CSV cell or a form, read as the field's type; blank means no value. */
    public static @Nullable Object coerce(CustomField field, @Nullable Object raw, String path) {
        if (raw == null || raw instanceof String s && s.isBlank()) {
            return null;
        }
        String text = raw.toString().strip();
        return switch (field.fieldType()) {
            case TEXT -> text.length() > 1000 ? fail(path, "must be at most 1000 characters") : text;
            case NUMBER -> number(raw, text, path);
            case DATE -> date(text, path);
            case BOOLEAN -> bool(raw, text, path);
            case SELECT ->
                field.options().stream()
                        .filter(o -> o.equalsIgnoreCase(text))
                        .findFirst()
                        .orElseGet(() -> fail(path, "must be one of " + String.join(", ", field.options())));
        };
    }

    private static Object number(Object raw, String text, String path) {
        if (raw instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        try {
            return new BigDecimal(text.replace(",", "")).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return fail(path, "must be a number");
        }
    }

    private static Object date(String text, String path) {
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            return fail(path, "must be a date such as 2026-03-31");
        }
    }

    private static Object bool(Object raw, String text, String path) {
        if (raw instanceof Boolean b) {
            return b;
        }
        return switch (text.toLowerCase()) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> fail(path, "must be true or false");
        };
    }

    private static <T> T fail(String path, String message) {
        throw new InvalidInput(path, "invalid_custom_field", message);
    }
}
