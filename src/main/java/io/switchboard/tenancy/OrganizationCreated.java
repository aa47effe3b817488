package io.switchboard.tenancy;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

public record OrganizationCreated(UUID organizationId, String name) implements TenantEvent {}
