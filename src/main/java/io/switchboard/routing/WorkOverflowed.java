package io.switchboard.routing;

import io.switchboard.shared.TenantEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A work left a queue for that queue's overflow queue, because it waited there too long or because
 * nobody there could take it: it timed out of {@code fromQueue} and entered {@code toQueue} {@code at}.
 */
public record WorkOverflowed(UUID organizationId, WorkId workId, QueueId fromQueue, QueueId toQueue, Instant at)
        implements TenantEvent {}
