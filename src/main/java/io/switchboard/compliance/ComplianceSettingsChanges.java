package io.switchboard.compliance;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A partial update of the calling rules: a null field is left as it is. */
public record ComplianceSettingsChanges(
        @Nullable LocalTime windowStart,
        @Nullable LocalTime windowEnd,
        @Nullable Set<DayOfWeek> days,
        @Nullable Boolean requireConsentForAiCalls,
        @Nullable Integer hoursAfterConversation,
        @Nullable Integer maxAttemptsPerDay,
        @Nullable Integer maxAttemptsPerWeek) {

    /** The window and consent only; contact frequency left as it is. */
    public ComplianceSettingsChanges(
            @Nullable LocalTime windowStart,
            @Nullable LocalTime windowEnd,
            @Nullable Set<DayOfWeek> days,
            @Nullable Boolean requireConsentForAiCalls) {
        this(windowStart, windowEnd, days, requireConsentForAiCalls, null, null, null);
    }
}
