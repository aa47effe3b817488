/**
 * In-app notifications: each user's inbox of mentions, assignments, tasks and alerts, fed by other
 * modules' events.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"billing", "db", "identity", "leads", "shared", "tenancy"})
@NullMarked
package io.switchboard.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
