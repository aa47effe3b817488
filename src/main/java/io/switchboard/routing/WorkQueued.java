package io.switchboard.routing;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A work entered a queue; routing offers it once the transaction that queued it commits. */
public record WorkQueued(UUID organizationId, WorkId workId, QueueId queueId) implements TenantEvent {}
