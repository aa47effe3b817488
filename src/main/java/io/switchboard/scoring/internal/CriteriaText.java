package io.switchboard.scoring.internal;

import java.util.Collection;
import java.util.stream.Collectors;

/** Criteria in words, for a component's reason: "source is referral and answered a call within 7 days". */
public final class CriteriaText {

    private CriteriaText() {}

    public static String describe(Criteria criteria) {
        return switch (criteria) {
            case Criteria.All all -> join(all.of(), " and ");
            case Criteria.Any any -> join(any.of(), " or ");
            case Criteria.Not not -> "not (" + describe(not.of()) + ")";
            case Criteria.Field f -> field(f);
            case Criteria.Event e -> event(e);
        };
    }

    private static String join(Collection<Criteria> parts, String glue) {
        String text = parts.stream().map(CriteriaText::describe).collect(Collectors.joining(glue));
        return parts.size() > 1 ? "(" + text + ")" : text;
    }

    private static String field(Criteria.Field f) {
        String name = f.customKey() == null
                ? f.field().toString().replace('_', ' ')
                : f.customKey().replace('_', ' ');
        return switch (f.op()) {
            case EQ -> name + " is " + value(f.value());
            case NEQ -> name + " is not " + value(f.value());
            case IN -> name + " is one of " + value(f.value());
            case GTE -> name + " ≥ " + value(f.value());
            case LTE -> name + " ≤ " + value(f.value());
            case CONTAINS -> name + " contains \"" + f.value() + "\"";
            case EXISTS -> Boolean.TRUE.equals(f.value()) ? name + " is set" : name + " is empty";
        };
    }

    private static String event(Criteria.Event e) {
        String what = e.kind().toString().replace('_', ' ');
        String times = e.countGte() == 1 ? "" : " at least " + e.countGte() + " times";
        String when =
                e.withinDays() == null ? "" : " within " + e.withinDays() + (e.withinDays() == 1 ? " day" : " days");
        return what + times + when;
    }

    private static String value(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(CriteriaText::value).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }
}
