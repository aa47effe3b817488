package io.switchboard.tenancy;

import io.switchboard.shared.OrganizationId;
import java.time.Instant;

/** An entry of the platform's organization list (super admins' organization switcher). */
public record OrganizationSummary(OrganizationId id, String name, String status, Instant createdAt) {}
