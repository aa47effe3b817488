package io.switchboard.conversations;

import io.switchboard.shared.TenantEvent;
import io.switchboard.telephony.CallId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A call's analysis was stored (again, when {@code run} is above 1). The lead's temperature and
 * score, the follow-up task and the owner's notification follow from it.
 */
public record CallAnalyzed(
        UUID organizationId,
        CallId callId,
        @Nullable UUID leadId,
        @Nullable UUID ownerId,
        int run,
        Qualification qualification,
        double totalScore,
        boolean followUpRequired,
        boolean doNotCallRequested)
        implements TenantEvent {}
