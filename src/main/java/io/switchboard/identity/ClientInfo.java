package io.switchboard.identity;

import org.jspecify.annotations.Nullable;

/** Where a request came from, recorded on sessions. */
public record ClientInfo(@Nullable String ipAddress, @Nullable String userAgent) {

    public static ClientInfo unknown() {
        return new ClientInfo(null, null);
    }
}
