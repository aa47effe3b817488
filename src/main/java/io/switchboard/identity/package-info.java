/**
 * Users, their credentials and roles, sign-in and tokens: JWT access tokens (15 minutes) and
 * rotating, hashed refresh tokens grouped into sessions, with reuse detection.
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"audit", "db", "jobs", "shared", "tenancy"})
@NullMarked
package io.switchboard.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
