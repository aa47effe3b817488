package io.switchboard.routing;

import io.switchboard.shared.TenantEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A work nobody accepted was closed {@code at}, while in {@code queueId}, for {@code reason}
 * (analytics counts {@link CancelReason#CALLER_HUNG_UP} as abandoned in that queue).
 */
public record WorkCanceled(UUID organizationId, WorkId workId, QueueId queueId, CancelReason reason, Instant at)
        implements TenantEvent {}
