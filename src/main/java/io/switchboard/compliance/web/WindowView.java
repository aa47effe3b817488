package io.switchboard.compliance.web;

import io.switchboard.compliance.CallingWindow;
import io.switchboard.shared.InvalidInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A calling window as the API shows it: {"start": "08:00", "end": "21:00", "days": ["monday", …]}. */
record WindowView(
        @NotNull LocalTime start, @NotNull LocalTime end, @NotNull @Size(min = 1, max = 7) List<String> days) {

    static WindowView of(CallingWindow window) {
        return new WindowView(
                window.start(),
                window.end(),
                window.days().stream()
                        .sorted()
                        .map(d -> d.name().toLowerCase(Locale.ROOT))
                        .toList());
    }

    CallingWindow toWindow() {
        return new CallingWindow(start, end, days(days));
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
