package io.switchboard.compliance;

import io.switchboard.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * When calls may be placed, in the lead's local time: from {@code start} (inclusive) to {@code end}
 * (exclusive) on the given days. The organization has one (default 08:00-21:00, every day); a
 * campaign may pass its own to {@link CallingGate}, which then applies both (their intersection).
 */
public record CallingWindow(LocalTime start, LocalTime end, Set<DayOfWeek> days) {

    public static final CallingWindow DEFAULT =
            new CallingWindow(LocalTime.of(8, 0), LocalTime.of(21, 0), EnumSet.allOf(DayOfWeek.class));

    public CallingWindow {
        if (!start.isBefore(end)) {
            throw new InvalidInput("window_end", "invalid_window", "must be later than the window's start");
        }
        if (days.isEmpty()) {
            throw new InvalidInput("days", "invalid_window", "must name at least one day");
        }
        days = Set.copyOf(days);
    }

    /** Both windows at once: empty when they do not overlap (then nothing may be called). */
    public Optional<CallingWindow> intersect(CallingWindow other) {
        LocalTime from = start.isAfter(other.start) ? start : other.start;
        LocalTime to = end.isBefore(other.end) ? end : other.end;
        EnumSet<DayOfWeek> both = EnumSet.noneOf(DayOfWeek.class);
        both.addAll(days);
        both.retainAll(other.days);
        if (!from.isBefore(to) || both.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CallingWindow(from, to, both));
    }

    public boolean contains(DayOfWeek day, LocalTime time) {
        return days.contains(day) && !time.isBefore(start) && time.isBefore(end);
    }
}
