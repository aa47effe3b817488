package io.switchboard.tenancy;

import io.switchboard.shared.TenantEvent;
import java.util.UUID;

public record ProjectCreated(UUID organizationId, ProjectId projectId, String name) implements TenantEvent {}
