/**
 * The audit trail and security events. Entries are append-only (the database refuses UPDATE and
 * DELETE), hash-chained per organization and partitioned by month. Tenant tables are audited by a
 * database row trigger ({@code CALL audit_table('t')} in a migration); the application adds
 * entries for sign-in, sign-out, 2FA and other events through {@link io.switchboard.audit.AuditLog}.
 */
@ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"db", "jobs", "shared"})
@NullMarked
package io.switchboard.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
