package io.switchboard.identity;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.UUID;

/** A user can now sign in (invitation accepted, or reactivated). */
public record UserActivated(UUID organizationId, UserId userId) implements TenantEvent {}
