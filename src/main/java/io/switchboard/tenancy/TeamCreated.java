package io.switchboard.tenancy;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

public record TeamCreated(UUID organizationId, TeamId teamId, String name) implements TenantEvent {}
