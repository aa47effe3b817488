package io.switchboard.leads;

import io.switchboard.tenancy.ProjectId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A partial update: a {@code null} field is left as it is, an empty {@link Optional} clears it.
 * The owner changes through assignment (which keeps history), not here. {@code valueMinor} and
 * {@code currency} change the won value ({@link WonValue#change}).
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record LeadChanges(
        @Nullable Optional<String> name,
        @Nullable Optional<String> email,
        @Nullable Optional<String> phone,
        @Nullable Optional<String> timezone,
        @Nullable Optional<String> company,
        @Nullable Optional<String> linkedinUrl,
        @Nullable Optional<LeadStatus> status,
        @Nullable Optional<Temperature> temperature,
        @Nullable Optional<Integer> score,
        @Nullable Optional<StageId> stageId,
        @Nullable Optional<LocalDate> expectedCloseDate,
        @Nullable Optional<ProjectId> projectId,
        @Nullable Optional<Map<String, Object>> customFields,
        @Nullable Optional<Long> valueMinor,
        @Nullable Optional<String> currency) {

    public static LeadChanges status(LeadStatus status) {
        return new LeadChanges(
                null,
                null,
                null,
                null,
                null,
                null,
                Optional.of(status),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** Won: converted, worth {@code valueMinor} (in the lead's currency, else the organization's). */
    public static LeadChanges won(long valueMinor) {
        return new LeadChanges(
                null,
                null,
                null,
                null,
                null,
                null,
                Optional.of(LeadStatus.CONVERTED),
                null,
                null,
                null,
                null,
                null,
                null,
                Optional.of(valueMinor),
                null);
    }

    /** A new temperature and/or score ({@code null}: leave it). */
    public static LeadChanges rating(@Nullable Temperature temperature, @Nullable Integer score) {
        @Nullable Optional<Temperature> newTemperature = temperature == null ? null : Optional.of(temperature);
        @Nullable Optional<Integer> newScore = score == null ? null : Optional.of(score);
        return new LeadChanges(
                null, null, null, null, null, null, null, newTemperature, newScore, null, null, null, null, null, null);
    }

    public static LeadChanges stage(StageId stage) {
        return new LeadChanges(
                null, null, null, null, null, null, null, null, null, Optional.of(stage), null, null, null, null, null);
    }
}
