package io.switchboard.console.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * {@code #times} in templates. Each method answers markup for {@code th:utext} (a {@code <time>}
 * element, its text escaped), or "—" for a missing instant; {@code zone} and {@code localNow} answer
 * plain text for {@code th:text}.
 */
public final class ViewerTimes {

    private static final String NONE = "—";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final HumanTime human;

    ViewerTimes(HumanTime human) {
        this.human = human;
    }

    /** "Today 09:45". */
    public String at(@Nullable Instant instant) {
        return instant == null ? NONE : human.element(instant, human.text(instant));
    }

    /** "Today 09:45 PST": where the zone matters (call detail, schedules, audit). */
    public String zoned(@Nullable Instant instant) {
        return instant == null ? NONE : human.element(instant, human.text(instant) + " " + human.abbreviation(instant));
    }

    /** "Tomorrow 09:00 CET · in 18 h": a due time. */
    public String due(@Nullable Instant instant) {
        return instant == null
                ? NONE
                : human.element(
                        instant,
                        human.text(instant) + " " + human.abbreviation(instant) + " · " + human.relative(instant));
    }

    /** "Tue 3 Dec": a day. */
    public String day(@Nullable Instant instant) {
        return instant == null ? NONE : human.element(instant, human.dayText(instant));
    }

    /** "09:45:12": a moment within a day the page already names. */
    public String clock(@Nullable Instant instant) {
        return instant == null ? NONE : human.element(instant, human.clock(instant));
    }

    /** "5 min ago", "in 2 h". */
    public String relative(@Nullable Instant instant) {
        return instant == null ? NONE : human.element(instant, human.relative(instant));
    }

    /** The viewer's zone id, for labels ("times in Europe/Berlin"). */
    /** A length of time in seconds as a person says it ("4 h", "1 h 30 min"); "—" for none. */
    public String span(@Nullable Number seconds) {
        return seconds == null ? "—" : HumanTime.span(seconds.longValue());
    }

    public String zone() {
        return human.zone().getId();
    }

    /** The time now in another zone ("07:58"), e.g. a lead's; empty for no or an unknown zone. */
    public String localNow(@Nullable String zone) {
        if (zone == null || zone.isBlank()) {
            return "";
        }
        try {
            return human.now().atZone(ZoneId.of(zone)).format(CLOCK);
        } catch (DateTimeException e) {
            return "";
        }
    }
}
