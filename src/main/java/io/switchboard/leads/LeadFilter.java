package io.switchboard.leads;

import io.switchboard.shared.UserId;
import io.switchboard.tenancy.ProjectId;
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
 */
public record LeadFilter(
        @Nullable List<LeadStatus> status,
        @Nullable List<StageId> stageId,
        @Nullable PipelineId pipelineId,
        @Nullable List<UserId> ownerId,
        @Nullable Boolean unassigned,
        @Nullable List<LeadSource> source,
        @Nullable List<Temperature> temperature,
        @Nullable Integer scoreMin,
        @Nullable Integer scoreMax,
        @Nullable Instant createdAfter,
        @Nullable Instant createdBefore,
        @Nullable ProjectId projectId,
        @Nullable UUID vendorId,
        @Nullable ImportId importId,
        @Nullable Boolean hasPhone,
        @Nullable Map<String, String> custom,
        @Nullable String q,
        @Nullable Boolean deleted) {

    public static LeadFilter all() {
        return new LeadFilter(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** Live leads that have a phone number (the ones a call can reach). */
    public static LeadFilter withPhone() {
        return new LeadFilter(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, true, null, null,
                null);
    }

    public boolean includesDeleted() {
        return Boolean.TRUE.equals(deleted);
    }
}
