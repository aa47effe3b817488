package io.switchboard.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An organization's own role: a named set of permissions and a reach. A user holding one has exactly
 * its permissions and reach instead of those of their built-in role.
 */
public record CustomRole(
        UUID id,
        String name,
        @Nullable String description,
        Set<Permission> permissions,
        RoleReach reach,
        Instant createdAt) {}
