package io.switchboard.compliance.web;

import io.switchboard.compliance.CallingWindow;
import io.switchboard.shared.InvalidInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A calling window as the API shows it: {"start": "08:00", "end": "21:00", "days": ["monday", …]}
 * (times to the minute, the end exclusive).
 */
record WindowView(
        @NotNull @Size(max = 8) String start,
        @NotNull @Size(max = 8) String end,
        @NotNull @Size(min = 1, max = 7) List<@Size(max = 9) String> days) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    static WindowView of(CallingWindow window) {
        return new WindowView(
                window.start().format(MINUTES),
                window.end().format(MINUTES),
                window.days().stream()
                        .sorted()
                        .map(d -> d.name().toLowerCase(Locale.ROOT))
                        .toList());
    }

    CallingWindow toWindow() {
        return new CallingWindow(time("campaign_window.start", start), time("campaign_window.end", end), days(days));
    }

    static LocalTime time(String field, String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "invalid_time", "must be a time such as 08:00");
        }
    }

    static Set<DayOfWeek> days(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            try {
                days.add(DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInput("days", "invalid_day", "'" + name + "' is not a day: use monday … sunday");
            }
        }
        return days;
    }
}
