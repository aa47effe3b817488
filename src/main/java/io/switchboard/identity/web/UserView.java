package io.switchboard.identity.web;

import io.switchboard.identity.Role;
import io.switchboard.identity.User;
import io.switchboard.identity.UserStatus;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user as the API shows it: never the password hash. */
record UserView(
        UserId id,
        OrganizationId organizationId,
        String email,
        String name,
        Role role,
        UserStatus status,
        /* null: the user follows the organization's time zone */
        @Nullable String timezone,
        Map<String, Object> preferences,
        @Nullable String avatarUrl,
        @Nullable String phone,
        boolean emailVerified,
        @Nullable Instant lastLoginAt,
        Instant createdAt,
        Instant updatedAt,
        @Nullable UUID customRoleId) {

    static UserView of(User user) {
        return new UserView(
                user.id(),
                user.organizationId(),
                user.email(),
                user.name(),
                user.role(),
                user.status(),
                user.timezone(),
                user.preferences(),
                user.avatarUrl(),
                user.phone(),
                user.emailVerifiedAt() != null,
                user.lastLoginAt(),
                user.createdAt(),
                user.updatedAt(),
                user.customRoleId());
    }
}
