package io.switchboard.identity;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.UUID;

/** An API key was revoked: both its secrets stop working, and what it holds open must close. */
public record ApiKeyRevoked(UUID organizationId, ApiKeyId keyId, UserId revokedBy) implements TenantEvent {}
