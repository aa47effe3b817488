package io.switchboard.campaigns.web;

import io.switchboard.billing.Amounts;
import io.switchboard.campaigns.CampaignSchedule;
import io.switchboard.campaigns.CampaignType;
import io.switchboard.campaigns.RetryDelays;
import io.switchboard.shared.InvalidInput;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/** Reading the campaign forms' fields (the builder's and the running campaign's settings). */
final class CampaignForms {

    /** The builder's schedule: a working day, Monday to Friday, 09:00 to 17:00. */
    static final List<String> WORKING_DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday");

    static final LocalTime DAY_STARTS = LocalTime.of(9, 0);
    static final LocalTime DAY_ENDS = LocalTime.of(17, 0);

    private CampaignForms() {}

    /** The schedule fields (days, window_start, window_end, time_zone) without start and end dates. */
    static CampaignSchedule schedule(MultiValueMap<String, String> form, String zone) {
        List<String> days = form.getOrDefault("days", List.of());
        if (days.isEmpty()) {
            throw new InvalidInput("schedule.days", "invalid_days", "tick at least one day");
        }
        return new CampaignSchedule(
                null,
                null,
                days,
                time(form, "window_start", LocalTime.MIDNIGHT),
                time(form, "window_end", null),
                orDefault(form.getFirst("time_zone"), zone));
    }

    /** The budget typed in currency units ("2500" or "2500.50"), in minor units; none when blank. */
    static @Nullable Long budget(MultiValueMap<String, String> form) {
        String value = form.getFirst("budget");
        return value == null || value.isBlank() ? null : Amounts.parse("budget", value, "USD");
    }

    static @Nullable Integer integer(MultiValueMap<String, String> form, String name, @Nullable Integer fallback) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "invalid_parameter", "must be a whole number");
        }
    }

    static @Nullable LocalTime time(MultiValueMap<String, String> form, String name, @Nullable LocalTime fallback) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("schedule." + name, "invalid_time", "must be a time such as 09:00");
        }
    }

    static @Nullable UUID uuid(MultiValueMap<String, String> form, String name) {
        String value = blankToNull(form.getFirst(name));
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "invalid_parameter", "must be a UUID");
        }
    }

    /** The builder's type: ai_calling when not chosen. */
    static CampaignType type(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? CampaignType.AI_CALLING : CampaignType.fromCode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("type", "invalid_parameter", "must be ai_calling, sms, email or whatsapp");
        }
    }

    static List<UUID> uuids(MultiValueMap<String, String> form, String name) {
        return form.getOrDefault(name, List.of()).stream()
                .filter(s -> !s.isBlank())
                .map(UUID::fromString)
                .toList();
    }

    static RetryDelays retryDelays(MultiValueMap<String, String> form) {
        return new RetryDelays(
                integer(form, "retry_no_answer", 240),
                integer(form, "retry_busy", 60),
                integer(form, "retry_voicemail", 1440),
                integer(form, "retry_failed", 30));
    }

    static String orDefault(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
