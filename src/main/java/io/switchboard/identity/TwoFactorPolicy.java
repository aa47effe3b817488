package io.switchboard.identity;

import io.switchboard.shared.Codes;
import java.util.Set;

/** Whom an organization requires to use two-factor authentication. */
public enum TwoFactorPolicy {
    OFF,
    /** Everyone who can manage people or the organization ({@code users:write}, {@code organization:write}). */
    ADMINS,
    EVERYONE;

    public boolean requires(Set<Permission> permissions) {
        return switch (this) {
            case OFF -> false;
            case EVERYONE -> true;
            case ADMINS ->
                permissions.contains(Permission.USERS_WRITE) || permissions.contains(Permission.ORGANIZATION_WRITE);
        };
    }

    public static TwoFactorPolicy fromCode(String code) {
        return Codes.parse(TwoFactorPolicy.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
