package io.switchboard.campaigns.web;

import io.switchboard.campaigns.WaitingReason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The monitor's waiting reasons in words, times in the viewer's zone. The times are formatted here
 * and only here, so the console's shared formatter can take over in one place.
 */
final class WaitingText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final ZoneId zone;
    private final Instant now;

    WaitingText(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    String sentence(WaitingReason r) {
        int n = r.count();
        return switch (r.code()) {
            case "not_started" -> "not started yet";
            case "paused" -> "paused: no new calls until it is resumed";
            case "starts_later" -> "starts " + at(r.next()) + " your time";
            case "outside_schedule" ->
                r.next() == null
                        ? "outside the campaign's schedule, which does not open again"
                        : "outside the campaign's schedule; it opens " + at(r.next()) + " your time";
            case "budget_reached" -> "budget reached: no new calls while it is spent";
            case "concurrency_limit" -> "concurrency limit reached (" + n + " of " + r.of() + " calls live)";
            case "organization_limit" ->
                "the organization's concurrency limit is reached (" + n + " of " + r.of() + " calls live)";
            case "all_done" -> "all leads done";
            case "outside_calling_window" ->
                leads(n) + " outside their calling window; next allowed " + at(r.next()) + " your time";
            case "recently_contacted" -> leads(n) + " recently contacted (next " + at(r.next()) + ")";
            case "holiday" -> leads(n) + " on a holiday where they live (next " + at(r.next()) + ")";
            case "retry" -> leads(n) + " waiting for their next attempt (next " + at(r.next()) + ")";
            case "insufficient_credit" -> "not enough credit: " + leads(n) + " waiting (next try " + at(r.next()) + ")";
            case "no_agent_or_number" ->
                "no agent/number: no usable AI agent or caller number, " + leads(n) + " waiting (next try "
                        + at(r.next()) + ")";
            default -> leads(n) + " deferred: " + r.code().replace('_', ' ') + " (next " + at(r.next()) + ")";
        };
    }

    /** "14:00" today, "tomorrow 09:00", else "Tue 3 Dec, 14:00", in the viewer's zone. */
    String at(@Nullable Instant instant) {
        if (instant == null) {
            return "unknown";
        }
        ZonedDateTime local = instant.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        if (local.toLocalDate().equals(today)) {
            return local.format(TIME);
        }
        if (local.toLocalDate().equals(today.plusDays(1))) {
            return "tomorrow " + local.format(TIME);
        }
        return local.format(DAY_TIME);
    }

    private static String leads(int n) {
        return n + (n == 1 ? " lead" : " leads");
    }
}
