package io.switchboard.identity;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.List;
import java.util.UUID;

/**
 * Sessions of a user ended before their time: their refresh and access tokens stop working, and
 * whatever they hold open (live streams) must close.
 */
public record SessionsEnded(UUID organizationId, UserId userId, List<SessionId> sessionIds, SessionEndReason reason)
        implements TenantEvent {}
