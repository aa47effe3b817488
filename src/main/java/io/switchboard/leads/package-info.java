/**
 * Leads and everything about them: stakeholders, pipelines and stages, custom fields, notes, tasks,
 * assignment history, one activity timeline, duplicates and merge, CSV import and export.
 */
@ApplicationModule(
        displayName = "Leads",
        allowedDependencies = {"audit", "billing", "db", "identity", "jobs", "shared", "tenancy"})
@NullMarked
package io.switchboard.leads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
