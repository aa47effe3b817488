package io.switchboard.routing;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An agent's status changed (by the agent, a call, or a console gone quiet). */
public record AvailabilityChanged(
        UUID organizationId, UserId userId, AgentStatus from, AgentStatus to, @Nullable String reason, Instant at)
        implements TenantEvent {}
