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
        return builder().build();
    }

    /** Live leads that have a phone number (the ones a call can reach). */
    public static LeadFilter withPhone() {
        return builder().hasPhone(true).build();
    }

    /** Live leads in one pipeline stage (a board's column). */
    public static LeadFilter inStage(StageId stage) {
        return builder().stageId(List.of(stage)).build();
    }

    /** A filter of the fields set on the builder only (every other field does not narrow). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this filter's fields, to change some. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.status = status;
        b.stageId = stageId;
        b.pipelineId = pipelineId;
        b.ownerId = ownerId;
        b.unassigned = unassigned;
        b.source = source;
        b.temperature = temperature;
        b.scoreMin = scoreMin;
        b.scoreMax = scoreMax;
        b.createdAfter = createdAfter;
        b.createdBefore = createdBefore;
        b.projectId = projectId;
        b.vendorId = vendorId;
        b.importId = importId;
        b.hasPhone = hasPhone;
        b.custom = custom;
        b.q = q;
        b.deleted = deleted;
        b.marketingCampaignId = marketingCampaignId;
        return b;
    }

    public boolean includesDeleted() {
        return Boolean.TRUE.equals(deleted);
    }

    /** Sets the fields a caller narrows by; the others stay null. */
    public static final class Builder {
        private @Nullable List<LeadStatus> status;
        private @Nullable List<StageId> stageId;
        private @Nullable PipelineId pipelineId;
        private @Nullable List<UserId> ownerId;
        private @Nullable Boolean unassigned;
        private @Nullable List<LeadSource> source;
        private @Nullable List<Temperature> temperature;
        private @Nullable Integer scoreMin;
        private @Nullable Integer scoreMax;
        private @Nullable Instant createdAfter;
        private @Nullable Instant createdBefore;
        private @Nullable ProjectId projectId;
        private @Nullable UUID vendorId;
        private @Nullable ImportId importId;
        private @Nullable Boolean hasPhone;
        private @Nullable Map<String, String> custom;
        private @Nullable String q;
        private @Nullable Boolean deleted;
        private @Nullable UUID marketingCampaignId;

        private Builder() {}

        public Builder status(@Nullable List<LeadStatus> value) {
            status = value;
            return this;
        }

        public Builder stageId(@Nullable List<StageId> value) {
            stageId = value;
            return this;
        }

        public Builder source(@Nullable List<LeadSource> value) {
            source = value;
            return this;
        }

        public Builder temperature(@Nullable List<Temperature> value) {
            temperature = value;
            return this;
        }

        public Builder score(@Nullable Integer min, @Nullable Integer max) {
            scoreMin = min;
            scoreMax = max;
            return this;
        }

        public Builder created(@Nullable Instant after, @Nullable Instant before) {
            createdAfter = after;
            createdBefore = before;
            return this;
        }

        public Builder importId(@Nullable ImportId value) {
            importId = value;
            return this;
        }

        public Builder hasPhone(@Nullable Boolean value) {
            hasPhone = value;
            return this;
        }

        public Builder q(@Nullable String value) {
            q = value;
            return this;
        }

        public Builder deleted(@Nullable Boolean value) {
            deleted = value;
            return this;
        }

        public LeadFilter build() {
            return new LeadFilter(
                    status,
                    stageId,
                    pipelineId,
                    ownerId,
                    unassigned,
                    source,
                    temperature,
                    scoreMin,
                    scoreMax,
                    createdAfter,
                    createdBefore,
                    projectId,
                    vendorId,
                    importId,
                    hasPhone,
                    custom,
                    q,
                    deleted,
                    marketingCampaignId);
        }
    }
}
