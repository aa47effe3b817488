/**
 * jOOQ classes generated from the Flyway-migrated schema (see README, "Regenerating the jOOQ
 * classes"). Never edit by hand. Each table belongs to one module (its {@code COMMENT ON TABLE}
 * says which) and only that module may use its classes: {@code ModularityTests} enforces it.
 */
@ApplicationModule(displayName = "Generated schema", allowedDependencies = {}, type = ApplicationModule.Type.OPEN)
package io.switchboard.db;

import org.springframework.modulith.ApplicationModule;
