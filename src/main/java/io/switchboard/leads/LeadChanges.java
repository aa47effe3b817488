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
        return pipeline(Optional.of(status), null, null, null, null);
    }

    /** Won: converted, worth {@code valueMinor} (in the lead's currency, else the organization's). */
    public static LeadChanges won(long valueMinor) {
        return pipeline(Optional.of(LeadStatus.CONVERTED), null, null, null, Optional.of(valueMinor));
    }

    /** A new temperature and/or score ({@code null}: leave it). */
    public static LeadChanges rating(@Nullable Temperature temperature, @Nullable Integer score) {
        return pipeline(
                null,
                temperature == null ? null : Optional.of(temperature),
                score == null ? null : Optional.of(score),
                null,
                null);
    }

    public static LeadChanges stage(StageId stage) {
        return pipeline(null, null, null, Optional.of(stage), null);
    }

    /** A change of where the lead stands only (its contact details and other fields are left as they are). */
    private static LeadChanges pipeline(
            @Nullable Optional<LeadStatus> status,
            @Nullable Optional<Temperature> temperature,
            @Nullable Optional<Integer> score,
            @Nullable Optional<StageId> stage,
            @Nullable Optional<Long> valueMinor) {
        return new LeadChanges(
                null,
                null,
                null,
                null,
                null,
                null,
                status,
                temperature,
                score,
                stage,
                null,
                null,
                null,
                valueMinor,
                null);
    }
}
