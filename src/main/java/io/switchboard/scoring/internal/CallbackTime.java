package io.switchboard.scoring.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * When a customer asked to be called back, read from what they said ("tomorrow after five", "on
 * Friday at 3:30 pm", "this evening", "mañana por la tarde"), in their own time zone. A day without
 * a time is taken at 10:00; a time without a day is today when it is still ahead, else tomorrow; a
 * bare hour from 1 to 7 is in the afternoon (nobody asks for a call at five in the morning). What
 * cannot be read answers empty, and the follow-up falls back to the next working morning.
 */
final class CallbackTime {

    static final LocalTime DAY_ONLY = LocalTime.of(10, 0);

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12));
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("lunes", DayOfWeek.MONDAY),
            Map.entry("martes", DayOfWeek.TUESDAY),
            Map.entry("miércoles", DayOfWeek.WEDNESDAY),
            Map.entry("jueves", DayOfWeek.THURSDAY),
            Map.entry("viernes", DayOfWeek.FRIDAY),
            Map.entry("montag", DayOfWeek.MONDAY),
            Map.entry("dienstag", DayOfWeek.TUESDAY),
            Map.entry("mittwoch", DayOfWeek.WEDNESDAY),
            Map.entry("donnerstag", DayOfWeek.THURSDAY),
            Map.entry("freitag", DayOfWeek.FRIDAY));
    private static final List<Map.Entry<Pattern, LocalTime>> PARTS_OF_DAY = List.of(
            Map.entry(Pattern.compile("\\b(noon|midday|lunch ?time|mediodía|mittag)\\b"), LocalTime.NOON),
            Map.entry(Pattern.compile("\\b(tonight|evening|tarde-noche|abend)\\b"), LocalTime.of(18, 0)),
            Map.entry(Pattern.compile("\\b(afternoon|por la tarde|nachmittag)\\b"), LocalTime.of(14, 0)),
            Map.entry(Pattern.compile("\\b(morning|por la mañana|vormittag)\\b"), LocalTime.of(10, 0)));
    private static final Pattern CLOCK =
            Pattern.compile("\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|uhr|h)?(?![\\d%])|\\b("
                    + String.join("|", NUMBERS.keySet()) + ")\\b(?:\\s*(a\\.?m\\.?|p\\.?m\\.?|o'?clock))?");
    private static final String COUNT = "(\\d{1,2}|an?|" + String.join("|", NUMBERS.keySet()) + ")";
    private static final Pattern IN_DAYS = Pattern.compile("\\bin " + COUNT + " days?\\b");
    private static final Pattern IN_HOURS = Pattern.compile("\\bin " + COUNT + " (hours?|minutes?)\\b");

    private CallbackTime() {}

    /** The moment asked for, in the lead's zone (that of {@code now}); empty when unreadable or past. */
    static Optional<ZonedDateTime> resolve(@Nullable String said, ZonedDateTime now) {
        if (said == null || said.isBlank()) {
            return Optional.empty();
        }
        String text = said.toLowerCase(Locale.ROOT).strip();
        Matcher later = IN_HOURS.matcher(text);
        if (later.find()) {
            long n = count(later.group(1));
            return Optional.of(later.group(2).startsWith("hour") ? now.plusHours(n) : now.plusMinutes(n));
        }
        LocalDate day = day(text, now.toLocalDate());
        LocalTime time = time(IN_DAYS.matcher(text).replaceAll(" "));
        if (day == null && time == null) {
            return Optional.empty();
        }
        if (day == null) {
            day = now.toLocalDate();
            if (!day.atTime(time).atZone(now.getZone()).isAfter(now)) {
                day = day.plusDays(1);
            }
        }
        ZonedDateTime at = day.atTime(time == null ? DAY_ONLY : time).atZone(now.getZone());
        return at.isAfter(now) ? Optional.of(at) : Optional.empty();
    }

    private static @Nullable LocalDate day(String text, LocalDate today) {
        if (text.matches(".*\\b(day after tomorrow|pasado mañana|übermorgen)\\b.*")) {
            return today.plusDays(2);
        }
        if (text.matches(".*\\b(tomorrow|mañana|morgen)\\b.*") && !text.matches(".*\\bpor la mañana\\b.*")) {
            return today.plusDays(1);
        }
        if (text.matches(".*\\b(today|tonight|this (morning|afternoon|evening)|hoy|heute)\\b.*")) {
            return today;
        }
        if (text.matches(".*\\bnext week\\b.*")) {
            return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        Matcher in = IN_DAYS.matcher(text);
        if (in.find()) {
            return today.plusDays(count(in.group(1)));
        }
        for (var entry : DAYS.entrySet()) {
            if (text.matches(".*\\b" + entry.getKey() + "\\b.*")) {
                return today.with(TemporalAdjusters.next(entry.getValue()));
            }
        }
        return null;
    }

    private static int count(String n) {
        if (n.equals("a") || n.equals("an")) {
            return 1;
        }
        return NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
    }

    private static @Nullable LocalTime time(String text) {
        Matcher clock = CLOCK.matcher(text);
        while (clock.find()) {
            LocalTime at = clock.group(1) != null
                    ? clock(Integer.parseInt(clock.group(1)), clock.group(2), clock.group(3))
                    : clock(NUMBERS.get(clock.group(4)), null, clock.group(5));
            if (at != null) {
                return at;
            }
        }
        for (var part : PARTS_OF_DAY) {
            if (part.getKey().matcher(text).find()) {
                return part.getValue();
            }
        }
        return null;
    }

    private static @Nullable LocalTime clock(int hour, @Nullable String minutes, @Nullable String suffix) {
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (minute > 59 || hour > 23) {
            return null;
        }
        String s = suffix == null ? "" : suffix.replace(".", "");
        if (s.equals("pm") && hour < 12) {
            hour += 12;
        } else if (s.equals("am") && hour == 12) {
            hour = 0;
        } else if (s.isEmpty() || s.startsWith("o")) {
            if (hour >= 1 && hour <= 7) {
                hour += 12;
            }
        }
        return LocalTime.of(hour, minute);
    }
}
