package io.switchboard.scoring.internal;

import io.switchboard.leads.Lead;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether a lead matches criteria at a moment. Text compares case-insensitively, numbers as
 * numbers (a custom field holding "12" is the number 12 for gte and lte); a missing value equals
 * nothing, so {@code neq} and {@code not} hold for it.
 */
public final class CriteriaEvaluator {

    private CriteriaEvaluator() {}

    /** What the criteria are tested against: the lead and its recorded activity. */
    public record Facts(Lead lead, List<ActivityEvent> activity) {}

    public static boolean matches(Criteria criteria, Facts facts, Instant now) {
        return switch (criteria) {
            case Criteria.All all -> all.of().stream().allMatch(c -> matches(c, facts, now));
            case Criteria.Any any -> any.of().stream().anyMatch(c -> matches(c, facts, now));
            case Criteria.Not not -> !matches(not.of(), facts, now);
            case Criteria.Field field -> field(field, field.field().read(facts.lead(), field.customKey(), now));
            case Criteria.Event event -> count(event, facts.activity(), now) >= event.countGte();
        };
    }

    static boolean field(Criteria.Field condition, @Nullable Object actual) {
        Object expected = condition.value();
        return switch (condition.op()) {
            case EXISTS -> present(actual) == Boolean.TRUE.equals(expected);
            case EQ -> equal(actual, expected);
            case NEQ -> !equal(actual, expected);
            case IN ->
                expected instanceof Collection<?> values && values.stream().anyMatch(v -> equal(actual, v));
            case GTE -> number(actual) instanceof Double a && a >= (Double) expected;
            case LTE -> number(actual) instanceof Double a && a <= (Double) expected;
            case CONTAINS -> contains(actual, (String) expected);
        };
    }

    private static int count(Criteria.Event event, List<ActivityEvent> activity, Instant now) {
        Instant since = event.withinDays() == null ? null : now.minus(Duration.ofDays(event.withinDays()));
        int count = 0;
        for (ActivityEvent e : activity) {
            if (e.kind() == event.kind() && (since == null || !e.at().isBefore(since)) && !e.at().isAfter(now)) {
                count++;
            }
        }
        return count;
    }

    private static boolean present(@Nullable Object value) {
        return value != null
                && !(value instanceof String s && s.isBlank())
                && !(value instanceof Collection<?> c && c.isEmpty());
    }

    private static boolean equal(@Nullable Object actual, @Nullable Object expected) {
        if (actual == null || expected == null) {
            return false;
        }
        if (actual instanceof Collection<?> values) {
            return values.stream().anyMatch(v -> equal(v, expected));
        }
        Double a = number(actual);
        Double b = number(expected);
        if (a != null && b != null && (actual instanceof Number || expected instanceof Number)) {
            return a.doubleValue() == b.doubleValue();
        }
        return lower(actual.toString()).equals(lower(expected.toString()));
    }

    private static boolean contains(@Nullable Object actual, String expected) {
        if (actual instanceof Collection<?> values) {
            return values.stream()
                    .anyMatch(v -> v != null && lower(v.toString()).equals(lower(expected)));
        }
        return actual != null && lower(actual.toString()).contains(lower(expected));
    }

    private static @Nullable Double number(@Nullable Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
