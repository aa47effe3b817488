package io.switchboard.leads;

import io.switchboard.shared.Codes;
import io.switchboard.shared.UserId;
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
 * @param calling what the calls to this lead came to
 * @param valueMinor what the lead is worth when won, in minor units of {@code currency} (both or neither)
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
        @Nullable Instant deletedAt,
        Calling calling,
        @Nullable Long valueMinor,
        @Nullable String currency) {

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /**
     * @param status the latest call's outcome (seed 003 call_status)
     * @param notConnected unanswered attempts since the last conversation (seed 004 not_connected)
     * @param sourceCallId the inbound call that created this lead, if one did
     */
    public record Calling(
            CallStatus status,
            @Nullable Instant lastCalledAt,
            @Nullable UUID lastCallId,
            int notConnected,
            boolean transferredToHuman,
            @Nullable UUID sourceCallId) {}

    /** A lead's calling status: the outcome of its latest call. */
    public enum CallStatus {
        NOT_CALLED,
        CALLED,
        TRANSFERRED,
        NO_ANSWER,
        VOICEMAIL,
        BUSY,
        FAILED;

        public static CallStatus fromCode(String code) {
            return Codes.parse(CallStatus.class, code);
        }

        @Override
        public String toString() {
            return Codes.of(this);
        }
    }
}
