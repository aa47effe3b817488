package io.switchboard.compliance;

import io.switchboard.leads.LeadId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A lead's recorded prior consent to be contacted on a channel for a purpose (AI calls: channel
 * voice, purpose ai_calls). In force while {@code revokedAt} is null.
 *
 * @param obtainedAt when the lead gave consent
 * @param createdAt when it was recorded here
 */
public record Consent(
        ConsentId id,
        LeadId leadId,
        ConsentSource source,
        Instant obtainedAt,
        @Nullable String evidence,
        @Nullable String evidenceUrl,
        @Nullable UUID recordedBy,
        Instant createdAt,
        @Nullable Instant revokedAt,
        @Nullable UUID revokedBy,
        @Nullable String revocationReason,
        ConsentChannel channel,
        ConsentPurpose purpose) {

    public boolean active() {
        return revokedAt == null;
    }
}
