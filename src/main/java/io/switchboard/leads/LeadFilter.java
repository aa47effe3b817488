package io.switchboard.leads;

import io.switchboard.shared.UserId;
import io.switchboard.tenancy.ProjectId;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which leads a list, an export, a bulk action, a saved view or a campaign's targeting means. Every
 * field narrows; empty or null fields do not. Stored as JSON (snake_case) in saved views and
 * campaign criteria.
 *
 * @param unassigned only leads without an owner
 * @param custom custom field values that must match exactly ({@code custom.budget=500000})
 * @param q free text over name, e-mail, phone, company and notes
 * @param deleted {@code true} lists soft-deleted leads instead of live ones
 * @param marketingCampaignId leads brought by this marketing campaign
 */
public record LeadFilter(
        @Nullable @Size(max = MAX_VALUES) List<LeadStatus> status,
        @Nullable @Size(max = MAX_VALUES) List<StageId> stageId,
        @Nullable PipelineId pipelineId,
        @Nullable @Size(max = MAX_VALUES) List<UserId> ownerId,
        @Nullable Boolean unassigned,
        @Nullable @Size(max = MAX_VALUES) List<LeadSource> source,
        @Nullable @Size(max = MAX_VALUES) List<Temperature> temperature,
        @Nullable Integer scoreMin,
        @Nullable Integer scoreMax,
        @Nullable Instant createdAfter,
        @Nullable Instant createdBefore,
        @Nullable ProjectId projectId,
        @Nullable UUID vendorId,
        @Nullable ImportId importId,
        @Nullable Boolean hasPhone,
        @Nullable @Size(max = MAX_VALUES)
                Map<@Size(max = MAX_CUSTOM_KEY) String, @Size(max = MAX_CUSTOM_VALUE) String> custom,
        @Nullable @Size(max = MAX_Q) String q,
        @Nullable Boolean deleted,
        @Nullable UUID marketingCampaignId) {

    // Far above any real filter (every owner of a large floor, a pasted name), but bounded: a filter
    // becomes SQL and a stored view. Checked by Bean Validation on bodies, by LeadFilters on the list's
    // query parameters.
    /** The most values one list field (or the custom map) holds. */
    public static final int MAX_VALUES = 200;

    public static final int MAX_CUSTOM_KEY = 100;
    public static final int MAX_CUSTOM_VALUE = 1_000;

    /** Free text: a name, an e-mail address, a phone number or a few words. */
    public static final int MAX_Q = 200;

    public static LeadFilter all() {
        return new LeadFilter(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** Live leads that have a phone number (the ones a call can reach). */
    public static LeadFilter withPhone() {
        return new LeadFilter(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, true, null, null,
                null, null);
    }

    /** Live leads in one pipeline stage (a board's column). */
    public static LeadFilter inStage(StageId stage) {
        return new LeadFilter(
                null,
                List.of(stage),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public boolean includesDeleted() {
        return Boolean.TRUE.equals(deleted);
    }
}
