package io.switchboard.identity;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A partial update: a {@code null} field is left as it is, an empty {@link Optional} clears it. */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record UserChanges(
        @Nullable Optional<String> name,
        @Nullable Optional<Role> role,
        @Nullable Optional<UserStatus> status,
        @Nullable Optional<String> timezone,
        @Nullable Optional<String> avatarUrl,
        @Nullable Optional<String> phone,
        @Nullable Optional<Map<String, Object>> preferences) {

    public static UserChanges profile(
            @Nullable Optional<String> name,
            @Nullable Optional<String> timezone,
            @Nullable Optional<String> avatarUrl,
            @Nullable Optional<String> phone,
            @Nullable Optional<Map<String, Object>> preferences) {
        return new UserChanges(name, null, null, timezone, avatarUrl, phone, preferences);
    }

    boolean touchesAccess() {
        return role != null || status != null;
    }
}
