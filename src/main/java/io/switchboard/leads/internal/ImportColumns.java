package io.switchboard.leads.internal;

import io.switchboard.leads.CustomField;
import io.switchboard.shared.InvalidInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which CSV column feeds which lead field. A mapping names, for each field, the header of its
 * column: {@code {"name": "Full Name", "phone": "Mobile", "custom.budget": "Budget"}}. Without one,
 * columns are matched by their header names (and common synonyms, custom field keys and labels).
 */
public final class ImportColumns {

    public static final List<String> FIELDS = List.of(
            "name",
            "first_name",
            "last_name",
            "email",
            "phone",
            "company",
            "linkedin_url",
            "status",
            "temperature",
            "score",
            "expected_close_date",
            "timezone");

    private static final Map<String, String> SYNONYMS = synonyms();

    private ImportColumns() {}

    /** A resolved mapping: field → column index. */
    public record Resolved(Map<String, Integer> columns) {

        public @Nullable String value(List<String> fields, String field) {
            Integer index = columns.get(field);
            if (index == null || index >= fields.size()) {
                return null;
            }
            String value = fields.get(index);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** The mapping guessed from the headers (unmatched columns are ignored). */
    public static Map<String, String> guess(List<String> headers, List<CustomField> customFields) {
        Map<String, String> custom = new HashMap<>();
        for (CustomField field : customFields) {
            custom.put(normalize(field.key()), "custom." + field.key());
            custom.put(normalize(field.label()), "custom." + field.key());
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String header : headers) {
            String key = normalize(header);
            String field = SYNONYMS.getOrDefault(key, custom.get(key));
            if (field != null && !mapping.containsKey(field)) {
                mapping.put(field, header);
            }
        }
        return mapping;
    }

    public static Resolved resolve(List<String> headers, Map<String, String> mapping, List<CustomField> customFields) {
        Set<String> customKeys = new java.util.HashSet<>();
        customFields.forEach(f -> customKeys.add("custom." + f.key()));
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : mapping.entrySet()) {
            String field = entry.getKey();
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                continue;
            }
            if (!FIELDS.contains(field) && !customKeys.contains(field)) {
                throw new InvalidInput("mapping." + field, "unknown_field", "is not a lead field or custom field");
            }
            int index = indexOf(headers, entry.getValue());
            if (index < 0) {
                throw new InvalidInput(
                        "mapping." + field, "unknown_column", "names no column of the file: " + entry.getValue());
            }
            columns.put(field, index);
        }
        boolean named =
                columns.containsKey("name") || columns.containsKey("first_name") || columns.containsKey("last_name");
        if (!named || !(columns.containsKey("phone") || columns.containsKey("email"))) {
            throw new InvalidInput(
                    "mapping",
                    "incomplete_mapping",
                    "map a name column (or first/last name) and a phone or e-mail column; found " + columns.keySet());
        }
        return new Resolved(columns);
    }

    /** The same headers, whatever their case, spacing or order, remember the same mapping. */
    public static String headerKey(List<String> headers) {
        List<String> normalized =
                new ArrayList<>(headers.stream().map(ImportColumns::normalize).toList());
        java.util.Collections.sort(normalized);
        return String.join("|", normalized);
    }

    static String normalize(String header) {
        return header.replace("\uFEFF", "")
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[_\\-.]+", " ")
                .replaceAll("\\s+", " ");
    }

    private static int indexOf(List<String> headers, String wanted) {
        String key = normalize(wanted);
        for (int i = 0; i < headers.size(); i++) {
            if (normalize(headers.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> synonyms() {
        Map<String, String> map = new HashMap<>();
        add(
                map,
                "name",
                "name",
                "full name",
                "fullname",
                "contact",
                "contact name",
                "lead",
                "lead name",
                "customer",
                "customer name");
        add(map, "first_name", "first name", "firstname", "given name", "first");
        add(map, "last_name", "last name", "lastname", "surname", "family name", "last");
        add(map, "email", "email", "e mail", "email address", "e mail address", "mail");
        add(
                map,
                "phone",
                "phone",
                "phone number",
                "mobile",
                "mobile number",
                "mobile phone",
                "cell",
                "cell phone",
                "telephone",
                "tel",
                "contact number",
                "whatsapp",
                "number");
        add(
                map,
                "company",
                "company",
                "company name",
                "organization",
                "organisation",
                "business",
                "account",
                "employer");
        add(map, "linkedin_url", "linkedin", "linkedin url", "linkedin profile");
        add(map, "status", "status", "lead status");
        add(map, "temperature", "temperature", "lead temperature", "rating");
        add(map, "score", "score", "lead score");
        add(map, "expected_close_date", "expected close date", "close date", "expected close");
        add(map, "timezone", "timezone", "time zone", "tz");
        return Map.copyOf(map);
    }

    private static void add(Map<String, String> map, String field, String... names) {
        for (String name : names) {
            map.put(name, field);
        }
    }
}
