/**
 * Organizations (tenants), their teams and projects, and the tenant context: every transaction
 * sets {@code app.organization_id} so that PostgreSQL row-level security scopes each query.
 */
@ApplicationModule(
        displayName = "Tenancy",
        allowedDependencies = {"db", "jobs", "shared"})
@NullMarked
package io.switchboard.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
