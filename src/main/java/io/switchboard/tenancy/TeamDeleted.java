package io.switchboard.tenancy;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

public record TeamDeleted(UUID organizationId, TeamId teamId) implements TenantEvent {}
