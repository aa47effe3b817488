package io.switchboard.identity;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

/** A user can no longer sign in; their sessions are revoked. */
public record UserDeactivated(UUID organizationId, UserId userId, UserId deactivatedBy) implements TenantEvent {}
