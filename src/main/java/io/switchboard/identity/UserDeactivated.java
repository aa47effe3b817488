package io.switchboard.identity;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.UUID;

/** A user can no longer sign in; their sessions are revoked. */
public record UserDeactivated(UUID organizationId, UserId userId, UserId deactivatedBy) implements TenantEvent {}
