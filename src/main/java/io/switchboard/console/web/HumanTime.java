package io.switchboard.console.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * An instant as a person reads it in one time zone: "Today 09:45", "Yesterday 17:10", "Tue 3 Dec,
 * 14:00" within the year, "3 Dec 2025, 14:00" beyond it. Days are calendar days in that zone, so a
 * day of 23 or 25 hours (a DST change) still ends at midnight. Every rendering is a {@code <time>}
 * whose {@code datetime} is the exact instant and whose title names the full date, time and zone.
 */
final class HumanTime {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", ENGLISH);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", ENGLISH);
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("EEE d MMM", ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm:ss", ENGLISH);
    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", ENGLISH);

    private final ZoneId zone;
    private final Instant now;

    HumanTime(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    ZoneId zone() {
        return zone;
    }

    Instant now() {
        return now;
    }

    /** "Today 09:45", "Tue 3 Dec, 14:00", "3 Dec 2025, 14:00". */
    String text(Instant instant) {
        ZonedDateTime at = instant.atZone(zone);
        return day(at.toLocalDate()) + (isNear(at.toLocalDate()) ? " " : ", ") + at.format(CLOCK);
    }

    /** "Today", "Tue 3 Dec", "3 Dec 2025": for dates where the hour does not matter. */
    String dayText(Instant instant) {
        return day(instant.atZone(zone).toLocalDate());
    }

    /** The zone's short name at that instant ("PST", "CET", "GMT+05:30"): it changes with DST. */
    String abbreviation(Instant instant) {
        return instant.atZone(zone).format(ABBREVIATION);
    }

    /** "Tuesday 3 December 2026, 14:00:05 America/Los_Angeles (PST)". */
    String full(Instant instant) {
        ZonedDateTime at = instant.atZone(zone);
        return at.format(FULL) + " " + zone.getId() + " (" + at.format(ABBREVIATION) + ")";
    }

    /** "09:45:12": for a call's timeline, where the day is already known. */
    String clock(Instant instant) {
        return instant.atZone(zone).format(SECONDS);
    }

    /** "in 2 h", "5 min ago", "just now", "in 3 days". */
    String relative(Instant instant) {
        Duration distance = Duration.between(now, instant);
        boolean future = !distance.isNegative();
        Duration size = distance.abs();
        String amount;
        if (size.toMinutes() < 1) {
            return "just now";
        } else if (size.toHours() < 1) {
            amount = size.toMinutes() + " min";
        } else if (size.toDays() < 2) {
            amount = size.toHours() + " h";
        } else {
            amount = size.toDays() + " days";
        }
        return future ? "in " + amount : amount + " ago";
    }

    /** A {@code <time>} element around any of the texts above, the exact moment one hover away. */
    String element(Instant instant, String text) {
        return "<time datetime=\"" + instant + "\" title=\"" + HtmlUtils.htmlEscape(full(instant)) + "\">"
                + HtmlUtils.htmlEscape(text) + "</time>";
    }

    private String day(LocalDate date) {
        LocalDate today = now.atZone(zone).toLocalDate();
        if (date.equals(today)) {
            return "Today";
        } else if (date.equals(today.minusDays(1))) {
            return "Yesterday";
        } else if (date.equals(today.plusDays(1))) {
            return "Tomorrow";
        } else if (date.getYear() == today.getYear()) {
            return date.format(THIS_YEAR);
        }
        return date.format(OTHER_YEAR);
    }

    private boolean isNear(LocalDate date) {
        long days = Math.abs(date.toEpochDay() - now.atZone(zone).toLocalDate().toEpochDay());
        return days <= 1;
    }

    /** A length of time as a person says it: "45 s", "5 min", "1 h 30 min", "2 d 3 h". */
    static String span(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return minutes % 60 == 0 ? hours + " h" : hours + " h " + minutes % 60 + " min";
        }
        return hours % 24 == 0 ? hours / 24 + " d" : hours / 24 + " d " + hours % 24 + " h";
    }
}
