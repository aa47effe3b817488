package io.switchboard.leads.internal;

import io.switchboard.leads.ContactRules;
import io.switchboard.leads.CustomField;
import io.switchboard.leads.CustomFieldPolicy;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.Temperature;
import io.switchboard.shared.Ids;
import io.switchboard.shared.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads one CSV record into a lead row ready for staging: the same cleaning as a lead created by
 * hand, or the reason the row is refused. Pure and thread-safe, so records are cleaned in parallel.
 */
public final class ImportRows {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    private ImportRows() {}

    /** A staged row; {@code reason} is set when it is not valid. */
    public record Row(
            int rowNo,
            boolean valid,
            @Nullable String reason,
            List<String> raw,
            UUID leadId,
            @Nullable String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String phoneRegion,
            @Nullable String timezone,
            @Nullable String company,
            @Nullable String linkedinUrl,
            @Nullable String status,
            @Nullable String temperature,
            @Nullable Integer score,
            @Nullable LocalDate expectedCloseDate,
            Map<String, Object> customFields) {}

    public static Row read(
            int rowNo,
            List<String> fields,
            ImportColumns.Resolved columns,
            String region,
            List<CustomField> customFields) {
        UUID id = Ids.next();
        try {
            ContactRules.Contact contact = ContactRules.normalize(
                    name(fields, columns),
                    columns.value(fields, "email"),
                    columns.value(fields, "phone"),
                    columns.value(fields, "timezone"),
                    columns.value(fields, "company"),
                    columns.value(fields, "linkedin_url"),
                    region);
            String status = code(columns.value(fields, "status"), "status", LeadStatus.class);
            String temperature = code(columns.value(fields, "temperature"), "temperature", Temperature.class);
            Integer score = score(columns.value(fields, "score"));
            LocalDate close = date(columns.value(fields, "expected_close_date"));
            Map<String, Object> custom = custom(fields, columns, customFields);
            return new Row(
                    rowNo,
                    true,
                    null,
                    fields,
                    id,
                    contact.name(),
                    contact.email(),
                    contact.phone(),
                    contact.phoneRegion(),
                    contact.timezone(),
                    contact.company(),
                    contact.linkedinUrl(),
                    status,
                    temperature,
                    score,
                    close,
                    custom);
        } catch (InvalidInput problem) {
            return new Row(
                    rowNo,
                    false,
                    problem.detail(),
                    fields,
                    id,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Map.of());
        }
    }

    private static @Nullable String name(List<String> fields, ImportColumns.Resolved columns) {
        String name = columns.value(fields, "name");
        if (name != null) {
            return name;
        }
        String first = columns.value(fields, "first_name");
        String last = columns.value(fields, "last_name");
        String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static <E extends Enum<E>> @Nullable String code(@Nullable String value, String field, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return io.switchboard.shared.Codes.parse(type, value.replace(' ', '_'))
                    .toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "invalid_value", e.getMessage());
        }
    }

    private static @Nullable Integer score(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            int score = (int) Math.round(Double.parseDouble(value));
            if (score < 0 || score > 100) {
                throw new InvalidInput("score", "invalid_score", "must be between 0 and 100");
            }
            return score;
        } catch (NumberFormatException e) {
            throw new InvalidInput("score", "invalid_score", "is not a number");
        }
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        throw new InvalidInput("expected_close_date", "invalid_date", "is not a date such as 2026-03-31");
    }

    private static Map<String, Object> custom(
            List<String> fields, ImportColumns.Resolved columns, List<CustomField> definitions) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (CustomField field : definitions) {
            String value = columns.value(fields, "custom." + field.key());
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        return CustomFieldPolicy.validate(values, definitions, false);
    }
}
