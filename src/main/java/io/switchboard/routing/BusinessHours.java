package io.switchboard.routing;

import io.switchboard.shared.InvalidInput;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When a queue offers work, in its own time zone: from {@code start} (inclusive) to {@code end}
 * (exclusive) on each of its days. An end before the start runs across midnight: the window opened
 * on a Friday at 22:00 closes on Saturday at 06:00, whether or not Saturday is one of the days.
 * Local times follow the zone's rules, so a DST day opens at the same wall-clock time.
 */
public record BusinessHours(ZoneId zone, Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    private static final Set<String> KEYS = Set.of("time_zone", "days", "start", "end");

    public BusinessHours {
        if (days.isEmpty()) {
            throw new InvalidInput("business_hours.days", "invalid_business_hours", "must name at least one day");
        }
        if (start.equals(end)) {
            throw new InvalidInput(
                    "business_hours.end", "invalid_business_hours", "must differ from start (no hours: always open)");
        }
        days = Set.copyOf(days);
    }

    /**
     * Reads {@code {time_zone, days, start, end}} as the API takes it; a missing zone is the
     * organization's, missing days are every day. Anything else is a 400 naming the field.
     */
    public static BusinessHours parse(Map<String, Object> raw, ZoneId fallbackZone) {
        raw.keySet().stream().filter(k -> !KEYS.contains(k)).findFirst().ifPresent(k -> {
            throw new InvalidInput(
                    "business_hours." + k, "invalid_business_hours", "unknown; use time_zone, days, start and end");
        });
        ZoneId zone = raw.get("time_zone") == null ? fallbackZone : zone(raw.get("time_zone"));
        Set<DayOfWeek> days = raw.get("days") == null ? EnumSet.allOf(DayOfWeek.class) : days(raw.get("days"));
        return new BusinessHours(zone, days, time("start", raw.get("start")), time("end", raw.get("end")));
    }

    /** As stored and shown: every field filled in, days in week order. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("time_zone", zone.getId());
        map.put("days", days.stream().sorted().map(BusinessHours::dayName).toList());
        map.put("start", start.toString());
        map.put("end", end.toString());
        return map;
    }

    public boolean openAt(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        DayOfWeek day = local.getDayOfWeek();
        if (start.isBefore(end)) {
            return days.contains(day) && !time.isBefore(start) && time.isBefore(end);
        }
        return (days.contains(day) && !time.isBefore(start)) || (days.contains(day.minus(1)) && time.isBefore(end));
    }

    /** {@code at} itself when open, else the next opening (within a week: every queue has a day). */
    public Instant nextOpening(Instant at) {
        if (openAt(at)) {
            return at;
        }
        LocalDate today = at.atZone(zone).toLocalDate();
        for (int i = 0; i <= 7; i++) {
            LocalDate date = today.plusDays(i);
            // A start inside a DST gap opens at the first moment after it (ZonedDateTime.of shifts it).
            Instant opens = ZonedDateTime.of(date, start, zone).toInstant();
            if (days.contains(date.getDayOfWeek()) && !opens.isBefore(at)) {
                return opens;
            }
        }
        throw new IllegalStateException("no opening within a week: " + this);
    }

    /** "Mon–Fri 09:00–17:00 Europe/Paris", for people. */
    public String describe() {
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        String span = sorted.size() == 7
                ? "every day"
                : sorted.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                        .toList()
                        .toString()
                        .replaceAll("[\\[\\]]", "");
        return span + " " + start + "–" + end + " " + zone.getId();
    }

    private static String dayName(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    private static ZoneId zone(Object value) {
        try {
            return ZoneId.of(String.valueOf(value));
        } catch (DateTimeException e) {
            throw new InvalidInput(
                    "business_hours.time_zone", "invalid_business_hours", "'" + value + "' is not a time zone");
        }
    }

    private static Set<DayOfWeek> days(Object value) {
        if (!(value instanceof Collection<?> names) || names.isEmpty() || names.size() > 7) {
            throw new InvalidInput(
                    "business_hours.days", "invalid_business_hours", "must be a list of one to seven day names");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Object name : names) {
            days.add(Arrays.stream(DayOfWeek.values())
                    .filter(d -> dayName(d).equals(String.valueOf(name)))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInput(
                            "business_hours.days",
                            "invalid_business_hours",
                            "'" + name + "' is not a day: use monday … sunday")));
        }
        return days;
    }

    private static LocalTime time(String field, Object value) {
        // Seconds are allowed too: a client that writes times the ISO way sends 09:00:00.
        if (!(value instanceof String text) || !text.matches("\\d{2}:\\d{2}(:\\d{2})?")) {
            throw new InvalidInput("business_hours." + field, "invalid_business_hours", "must be a time such as 09:00");
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("business_hours." + field, "invalid_business_hours", "must be a time such as 09:00");
        }
    }
}
