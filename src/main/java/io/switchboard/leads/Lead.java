package io.switchboard.leads;

import io.switchboard.identity.UserId;
import io.switchboard.tenancy.ProjectId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A lead (a person or company Switchboard may call).
 *
 * @param phone E.164
 * @param phoneRegion the ISO country of the phone number
 * @param timezone the lead's own time zone, else the one its phone number pins down
 */
public record Lead(
        LeadId id,
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String phoneRegion,
        @Nullable String timezone,
        @Nullable String company,
        @Nullable String linkedinUrl,
        LeadSource source,
        LeadStatus status,
        Temperature temperature,
        int score,
        @Nullable PipelineId pipelineId,
        @Nullable StageId stageId,
        @Nullable LocalDate expectedCloseDate,
        @Nullable Instant lastEngagementAt,
        @Nullable UserId ownerId,
        @Nullable ProjectId projectId,
        @Nullable UUID vendorId,
        @Nullable UUID marketingCampaignId,
        @Nullable ImportId importId,
        Map<String, Object> customFields,
        @Nullable LeadId mergedIntoId,
        @Nullable UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
