package io.switchboard.campaigns;

import io.switchboard.shared.InvalidInput;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When a campaign dials, in the campaign's own time zone: between its start and end dates
 * (inclusive), on its days, from {@code windowStart} (inclusive) to {@code windowEnd} (exclusive;
 * null means until midnight). It gates the whole campaign; each call is also checked against the
 * organization's calling window in the lead's local time by the compliance gate.
 *
 * <p>The constructor enforces the size limits: it refuses every other day name (the longest,
 * wednesday, has nine letters) and every unknown zone (no zone id comes near 64 characters).
 *
 * @param days lower-case English day names, monday to sunday
 */
public record CampaignSchedule(
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Size(min = 1, max = 7) List<@Size(max = 9) String> days,
        LocalTime windowStart,
        @Nullable LocalTime windowEnd,
        @Size(max = 64) String timeZone) {

    public static final List<String> EVERY_DAY = Arrays.stream(DayOfWeek.values())
            .map(d -> d.name().toLowerCase(Locale.ROOT))
            .toList();

    public static CampaignSchedule always() {
        return new CampaignSchedule(null, null, EVERY_DAY, LocalTime.MIDNIGHT, null, "UTC");
    }

    public CampaignSchedule {
        days = List.copyOf(dayNames(days));
        if (windowEnd != null && !windowStart.isBefore(windowEnd)) {
            throw new InvalidInput("schedule.window_end", "invalid_window", "must be later than window_start");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidInput("schedule.end_date", "invalid_dates", "must not be before start_date");
        }
        zone(timeZone);
    }

    public ZoneId zone() {
        return zone(timeZone);
    }

    /** Whether the campaign may dial at this moment. */
    public boolean openAt(Instant now) {
        ZonedDateTime local = now.atZone(zone());
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        return (startDate == null || !date.isBefore(startDate))
                && (endDate == null || !date.isAfter(endDate))
                && dayOfWeek().contains(local.getDayOfWeek())
                && !time.isBefore(windowStart)
                && (windowEnd == null || time.isBefore(windowEnd));
    }

    /**
     * The next moment from {@code now} on at which the campaign may dial, within two weeks; none
     * when its end date comes first (or no day of the next two weeks opens).
     */
    public @Nullable Instant nextOpening(Instant now) {
        if (openAt(now)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone());
        for (int day = 0; day <= 14; day++) {
            LocalDate date = local.toLocalDate().plusDays(day);
            Instant opens = date.atTime(windowStart).atZone(zone()).toInstant();
            if (opens.isBefore(now)) {
                continue; // today's window already started and has closed
            }
            if (openAt(opens)) {
                return opens;
            }
        }
        return null;
    }

    /** Its start date is still ahead. */
    public boolean startsLater(Instant now) {
        return startDate != null && now.atZone(zone()).toLocalDate().isBefore(startDate);
    }

    /** Its end date is behind. */
    public boolean endedBy(Instant now) {
        return endDate != null && now.atZone(zone()).toLocalDate().isAfter(endDate);
    }

    public Set<DayOfWeek> dayOfWeek() {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(d -> set.add(DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT))));
        return set;
    }

    private static List<String> dayNames(List<String> names) {
        if (names.isEmpty() || names.size() > 7) {
            throw new InvalidInput("schedule.days", "invalid_days", "must name one to seven days");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            try {
                days.add(DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInput(
                        "schedule.days", "invalid_day", "'" + name + "' is not a day: use monday … sunday");
            }
        }
        return days.stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidInput("schedule.time_zone", "invalid_time_zone", "'" + id + "' is not a time zone");
        }
    }
}
