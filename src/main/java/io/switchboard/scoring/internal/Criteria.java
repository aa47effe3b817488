package io.switchboard.scoring.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule's criteria, parsed: conditions on the lead's fields and on its activity, combined with
 * all/any/not. Built only by {@link CriteriaParser}, which checks every node.
 */
public sealed interface Criteria {

    record All(List<Criteria> of) implements Criteria {}

    record Any(List<Criteria> of) implements Criteria {}

    record Not(Criteria of) implements Criteria {}

    /**
     * {@code {"field": "source", "op": "eq", "value": "referral"}}: {@code value} is a String,
     * Double, Boolean or a List of them; {@code customKey} names the custom field of {@code custom.<key>}.
     */
    record Field(LeadField field, @Nullable String customKey, Op op, @Nullable Object value) implements Criteria {}

    /** {@code {"event": "call_answered", "within_days": 7, "count_gte": 1}}. */
    record Event(Activity kind, @Nullable Integer withinDays, int countGte) implements Criteria {}

    enum Op {
        EQ,
        NEQ,
        IN,
        GTE,
        LTE,
        CONTAINS,
        EXISTS
    }

    /** Whether the outcome can change with the passing of time alone (a window, an age). */
    default boolean timeDependent() {
        return switch (this) {
            case All all -> all.of().stream().anyMatch(Criteria::timeDependent);
            case Any any -> any.of().stream().anyMatch(Criteria::timeDependent);
            case Not not -> not.of().timeDependent();
            case Field f -> f.field().timeDependent();
            case Event e -> e.withinDays() != null;
        };
    }

    /** Whether any condition counts activity (so activity alone can change the outcome). */
    default boolean countsEvents() {
        return switch (this) {
            case All all -> all.of().stream().anyMatch(Criteria::countsEvents);
            case Any any -> any.of().stream().anyMatch(Criteria::countsEvents);
            case Not not -> not.of().countsEvents();
            case Field f -> false;
            case Event e -> true;
        };
    }

    /**
     * How far back activity matters: the longest window, or {@code null} when a condition counts all
     * activity ever; {@code 0} when no condition counts activity.
     */
    default @Nullable Integer lookbackDays() {
        return switch (this) {
            case All all -> widest(all.of());
            case Any any -> widest(any.of());
            case Not not -> not.of().lookbackDays();
            case Field f -> 0;
            case Event e -> e.withinDays();
        };
    }

    private static @Nullable Integer widest(List<Criteria> list) {
        int widest = 0;
        for (Criteria c : list) {
            Integer days = c.lookbackDays();
            if (days == null) {
                return null;
            }
            widest = Math.max(widest, days);
        }
        return widest;
    }
}
