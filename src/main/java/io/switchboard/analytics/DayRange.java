package io.switchboard.analytics;

import io.switchboard.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/** Days from {@code from} to {@code to}, both included, in the organization's time zone. */
public record DayRange(LocalDate from, LocalDate to) {

    /** Far enough for a year over year look, near enough that a request stays a few hundred rows per figure. */
    public static final int MAX_DAYS = 400;

    public DayRange {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "invalid_range", "is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInput("to", "range_too_long", "a range holds at most " + MAX_DAYS + " days");
        }
    }

    /** The {@code days} days that end today. */
    public static DayRange last(int days, LocalDate today) {
        return new DayRange(today.minusDays(days - 1L), today);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Stream<LocalDate> each() {
        return from.datesUntil(to.plusDays(1));
    }

    /** The first instant of the range in {@code zone}. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the range in {@code zone} (exclusive end). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
