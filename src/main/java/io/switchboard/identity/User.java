package io.switchboard.identity;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record User(
        UserId id,
        OrganizationId organizationId,
        String email,
        String name,
        Role role,
        UserStatus status,
        @Nullable String timezone,
        Map<String, Object> preferences,
        @Nullable String avatarUrl,
        @Nullable String phone,
        @Nullable Instant emailVerifiedAt,
        @Nullable Instant lastLoginAt,
        Instant createdAt,
        Instant updatedAt,
        @Nullable UUID customRoleId) {

    public boolean isActive() {
        return status == UserStatus.ACTIVE;
    }
}
