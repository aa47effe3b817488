package io.switchboard.audit.web;

import io.switchboard.shared.EntityNames.Named;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A recorded value as a person reads it: names for ids, "yes" for true, never a raw id. */
final class AuditValues {

    private static final int LONGEST = 120;

    private AuditValues() {}

    static @Nullable String show(String field, @Nullable Object value, AuditSentences.Names names) {
        if (value == null) {
            return null;
        }
        String type = AuditWords.REFERENCES.get(field);
        if (type != null && value instanceof String id) {
            Named named = names.find(type, id);
            return named != null ? named.name() : "a deleted " + AuditWords.noun(type);
        }
        String text =
                switch (value) {
                    case Boolean b -> b ? "yes" : "no";
                    case Collection<?> list ->
                        list.stream().map(String::valueOf).collect(Collectors.joining(", "));
                    case Map<?, ?> map ->
                        map.entrySet().stream()
                                .map(v -> v.getKey() + ": " + v.getValue())
                                .collect(Collectors.joining(", "));
                    default -> String.valueOf(value);
                };
        // Ids this page cannot name (a call, a session) say what they are not, rather than leak.
        text = AuditWords.UUID.matcher(text).replaceAll("(a record)");
        return text.length() > LONGEST ? text.substring(0, LONGEST - 1) + "…" : text;
    }
}
