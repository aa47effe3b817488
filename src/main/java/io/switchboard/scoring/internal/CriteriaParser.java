package io.switchboard.scoring.internal;

import io.switchboard.scoring.internal.Criteria.Op;
import io.switchboard.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a rule's criteria JSON, refusing anything it does not understand with the path of the bad
 * node ({@code criteria.all[1].op}), so that a rule never silently matches nothing.
 */
public final class CriteriaParser {

    static final int MAX_DEPTH = 8;
    static final int MAX_NODES = 60;
    static final int MAX_LIST = 100;
    static final int MAX_TEXT = 200;
    private static final Pattern CUSTOM_KEY = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Set<String> FIELD_KEYS = Set.of("field", "op", "value");
    private static final Set<String> EVENT_KEYS = Set.of("event", "within_days", "count_gte");

    private int nodes;

    private CriteriaParser() {}

    /** The criteria, or {@link InvalidInput} ({@code invalid_criteria}) naming the bad node. */
    public static Criteria parse(@Nullable JsonNode json) {
        return new CriteriaParser().node(json, "criteria", 1);
    }

    private Criteria node(@Nullable JsonNode json, String path, int depth) {
        if (json == null || json.isMissingNode() || json.isNull()) {
            throw bad(path, "a condition is required");
        }
        if (!json.isObject()) {
            throw bad(
                    path,
                    "must be an object: {\"field\": …}, {\"event\": …}, {\"all\": […]}, {\"any\": […]} or {\"not\": …}");
        }
        if (depth > MAX_DEPTH) {
            throw bad(path, "nests deeper than " + MAX_DEPTH + " levels");
        }
        if (++nodes > MAX_NODES) {
            throw bad(path, "the criteria have more than " + MAX_NODES + " conditions");
        }
        if (json.has("all") || json.has("any")) {
            String key = json.has("all") ? "all" : "any";
            onlyKeys(json, Set.of(key), path);
            List<Criteria> parts = list(json.get(key), path + "." + key, depth);
            return key.equals("all") ? new Criteria.All(parts) : new Criteria.Any(parts);
        }
        if (json.has("not")) {
            onlyKeys(json, Set.of("not"), path);
            return new Criteria.Not(node(json.get("not"), path + ".not", depth + 1));
        }
        if (json.has("field")) {
            onlyKeys(json, FIELD_KEYS, path);
            return field(json, path);
        }
        if (json.has("event")) {
            onlyKeys(json, EVENT_KEYS, path);
            return event(json, path);
        }
        throw bad(path, "needs one of field, event, all, any, not");
    }

    private List<Criteria> list(JsonNode json, String path, int depth) {
        if (!json.isArray() || json.isEmpty()) {
            throw bad(path, "must be a non-empty array of conditions");
        }
        List<Criteria> parts = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            parts.add(node(json.get(i), path + "[" + i + "]", depth + 1));
        }
        return List.copyOf(parts);
    }

    private Criteria field(JsonNode json, String path) {
        String name = text(json.get("field"), path + ".field");
        LeadField field = LeadField.named(name).orElseThrow(() -> bad(path + ".field", "unknown field '" + name + "'"));
        String customKey = null;
        if (field == LeadField.CUSTOM) {
            customKey = name.substring("custom.".length());
            if (!CUSTOM_KEY.matcher(customKey).matches()) {
                throw bad(path + ".field", "'" + name + "' is not custom.<key> with a custom field's key");
            }
        }
        String opName = text(json.get("op"), path + ".op");
        Op op = op(opName, path + ".op");
        JsonNode value = json.get("value");
        Object parsed = value(field, op, value, path + ".value");
        return new Criteria.Field(field, customKey, op, parsed);
    }

    private static Op op(String name, String path) {
        for (Op op : Op.values()) {
            if (op.name().toLowerCase(Locale.ROOT).equals(name)) {
                return op;
            }
        }
        throw bad(path, "unknown operator '" + name + "' (eq, neq, in, gte, lte, contains, exists)");
    }

    private static @Nullable Object value(LeadField field, Op op, @Nullable JsonNode value, String path) {
        boolean absent = value == null || value.isMissingNode();
        return switch (op) {
            case EXISTS -> {
                if (absent) {
                    yield Boolean.TRUE;
                }
                if (!value.isBoolean()) {
                    throw bad(path, "exists takes true or false");
                }
                yield value.booleanValue();
            }
            case GTE, LTE -> {
                if (absent || !value.isNumber()) {
                    throw bad(path, op.name().toLowerCase(Locale.ROOT) + " takes a number");
                }
                if (field.kind() != LeadField.Kind.NUMBER && field.kind() != LeadField.Kind.ANY) {
                    throw bad(path, field + " is not a number");
                }
                yield value.doubleValue();
            }
            case CONTAINS -> {
                if (absent || !value.isString() || value.asString().isBlank()) {
                    throw bad(path, "contains takes a non-empty string");
                }
                yield checkedText(value.asString(), path);
            }
            case IN -> {
                if (absent || !value.isArray() || value.isEmpty() || value.size() > MAX_LIST) {
                    throw bad(path, "in takes an array of 1 to " + MAX_LIST + " values");
                }
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < value.size(); i++) {
                    values.add(scalar(field, value.get(i), path + "[" + i + "]"));
                }
                yield List.copyOf(values);
            }
            case EQ, NEQ -> {
                if (absent) {
                    throw bad(path, "a value is required");
                }
                yield scalar(field, value, path);
            }
        };
    }

    private static Object scalar(LeadField field, JsonNode value, String path) {
        if (value.isNumber()) {
            if (field.kind() != LeadField.Kind.NUMBER && field.kind() != LeadField.Kind.ANY) {
                throw bad(path, field + " holds text, not a number");
            }
            return value.doubleValue();
        }
        if (value.isBoolean()) {
            if (field.kind() != LeadField.Kind.BOOLEAN && field.kind() != LeadField.Kind.ANY) {
                throw bad(path, field + " is not true or false");
            }
            return value.booleanValue();
        }
        if (!value.isString()) {
            throw bad(path, "must be a string, a number or a boolean");
        }
        String text = checkedText(value.asString(), path);
        if (field.kind() == LeadField.Kind.CODE) {
            String code = text.strip().toLowerCase(Locale.ROOT);
            if (!field.codes().contains(code)) {
                throw bad(path, field + " has no value '" + text + "' (" + String.join(", ", field.codes()) + ")");
            }
            return code;
        }
        if (field.kind() == LeadField.Kind.NUMBER || field.kind() == LeadField.Kind.BOOLEAN) {
            throw bad(path, field + " takes a " + (field.kind() == LeadField.Kind.NUMBER ? "number" : "boolean"));
        }
        return text;
    }

    private static Criteria event(JsonNode json, String path) {
        String name = text(json.get("event"), path + ".event");
        Activity kind;
        try {
            kind = Activity.fromCode(name);
        } catch (IllegalArgumentException e) {
            throw bad(path + ".event", "unknown event '" + name + "' (" + String.join(", ", activities()) + ")");
        }
        Integer within = wholeNumber(json.get("within_days"), path + ".within_days", 1, 3650);
        Integer count = wholeNumber(json.get("count_gte"), path + ".count_gte", 1, 1000);
        return new Criteria.Event(kind, within, count == null ? 1 : count);
    }

    private static @Nullable Integer wholeNumber(@Nullable JsonNode value, String path, int min, int max) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw bad(path, "must be a whole number from " + min + " to " + max);
        }
        return value.intValue();
    }

    private static String text(@Nullable JsonNode value, String path) {
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw bad(path, "must be a non-empty string");
        }
        return checkedText(value.asString(), path);
    }

    private static String checkedText(String text, String path) {
        if (text.length() > MAX_TEXT) {
            throw bad(path, "is longer than " + MAX_TEXT + " characters");
        }
        return text;
    }

    private static void onlyKeys(JsonNode json, Set<String> allowed, String path) {
        for (Map.Entry<String, JsonNode> property : json.properties()) {
            if (!allowed.contains(property.getKey())) {
                throw bad(
                        path + "." + property.getKey(),
                        "is not expected here (allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    static List<String> activities() {
        return java.util.Arrays.stream(Activity.values())
                .map(Activity::toString)
                .toList();
    }

    private static InvalidInput bad(String path, String message) {
        return new InvalidInput(path, "invalid_criteria", message);
    }
}
