package io.switchboard.identity;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.UUID;

/** Someone signed up: a new organization with its first admin. */
public record OrganizationSignedUp(UUID organizationId, UserId adminId, String adminEmail) implements TenantEvent {}
