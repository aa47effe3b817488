package io.switchboard.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The calling window as a pure rule of time: is a moment inside the window in the lead's local time
 * (on an allowed day, not a holiday, from the window's start inclusive to its end exclusive), and if
 * not, which is the next moment that is. Local times come from the time-zone rules, so daylight
 * saving days and half-hour offsets (India, +05:30) need no special cases. A lead who may be in
 * several zones (a number spanning them) must be inside the window in every one.
 */
public final class CallingWindowPolicy {

    /** How far ahead the next open moment is looked for. */
    static final Duration HORIZON = Duration.ofDays(370);

    private static final int MAX_ROUNDS = 1_000;

    private final @Nullable CallingWindow window;
    private final Set<LocalDate> everywhere = new HashSet<>();
    private final Map<String, Set<LocalDate>> byCountry = new HashMap<>();

    /**
     * @param window the window in force; null when none is (the organization's and a campaign's did
     *     not overlap): then nothing is ever open
     */
    public CallingWindowPolicy(@Nullable CallingWindow window, Collection<Holiday> holidays) {
        this.window = window;
        for (Holiday holiday : holidays) {
            if (holiday.country() == null) {
                everywhere.add(holiday.date());
            } else {
                byCountry
                        .computeIfAbsent(holiday.country(), c -> new HashSet<>())
                        .add(holiday.date());
            }
        }
    }

    /** The organization's window narrowed by a campaign's, if the campaign has one. */
    public static CallingWindowPolicy of(
            CallingWindow organization, @Nullable CallingWindow campaign, Collection<Holiday> holidays) {
        CallingWindow window = campaign == null
                ? organization
                : organization.intersect(campaign).orElse(null);
        return new CallingWindowPolicy(window, holidays);
    }

    public sealed interface Verdict permits Open, Closed {}

    public record Open() implements Verdict {}

    /** @param nextOpen the next moment open in every zone, within {@link #HORIZON}; else null */
    public record Closed(DecisionReason reason, @Nullable Instant nextOpen) implements Verdict {}

    private static final Open OPEN = new Open();

    public Verdict evaluate(List<ZoneId> zones, @Nullable String country, Instant now) {
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("at least one time zone is needed");
        }
        DecisionReason reason = null;
        for (ZoneId zone : zones) {
            DecisionReason closed = closedReason(zone, country, now);
            if (closed != null && (reason == null || closed.compareTo(reason) < 0)) {
                reason = closed;
            }
        }
        return reason == null ? OPEN : new Closed(reason, nextOpen(zones, country, now));
    }

    private @Nullable DecisionReason closedReason(ZoneId zone, @Nullable String country, Instant at) {
        if (window == null) {
            return DecisionReason.OUTSIDE_CALLING_WINDOW;
        }
        ZonedDateTime local = at.atZone(zone);
        if (isHoliday(local.toLocalDate(), country)) {
            return DecisionReason.HOLIDAY;
        }
        return window.contains(local.getDayOfWeek(), local.toLocalTime())
                ? null
                : DecisionReason.OUTSIDE_CALLING_WINDOW;
    }

    /**
     * Moves forward zone by zone to the next moment open in that zone until a moment is open in all
     * of them (with one zone, one step).
     */
    private @Nullable Instant nextOpen(List<ZoneId> zones, @Nullable String country, Instant from) {
        if (window == null) {
            return null;
        }
        Instant limit = from.plus(HORIZON);
        Instant at = from;
        for (int round = 0; round < MAX_ROUNDS && !at.isAfter(limit); round++) {
            boolean moved = false;
            for (ZoneId zone : zones) {
                Instant next = nextOpenIn(window, zone, country, at);
                if (next == null) {
                    return null;
                }
                if (next.isAfter(at)) {
                    at = next;
                    moved = true;
                }
            }
            if (!moved) {
                return at.isAfter(limit) ? null : at;
            }
        }
        return null;
    }

    private @Nullable Instant nextOpenIn(CallingWindow window, ZoneId zone, @Nullable String country, Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = local.toLocalDate();
        long days = HORIZON.toDays();
        for (int i = 0; i <= days; i++) {
            LocalDate day = today.plusDays(i);
            if (!window.days().contains(day.getDayOfWeek()) || isHoliday(day, country)) {
                continue;
            }
            LocalTime now = local.toLocalTime();
            boolean inToday = i == 0 && !now.isBefore(window.start());
            if (inToday && !now.isBefore(window.end())) {
                continue;
            }
            // A start inside a daylight-saving gap resolves to the first valid time after it.
            Instant candidate =
                    inToday ? at : ZonedDateTime.of(day, window.start(), zone).toInstant();
            if (candidate.isBefore(at)) {
                candidate = at;
            }
            if (closedReason(zone, country, candidate) == null) {
                return candidate;
            }
        }
        return null;
    }

    private boolean isHoliday(LocalDate day, @Nullable String country) {
        if (everywhere.contains(day)) {
            return true;
        }
        if (country == null) {
            return false;
        }
        Set<LocalDate> dates = byCountry.get(country);
        return dates != null && dates.contains(day);
    }
}
