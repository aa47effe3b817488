package io.switchboard.telephony.provider;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Where a recording's audio is fetched from, and the Authorization header to fetch it with (if any). */
public record RecordingRequest(URI url, @Nullable String authorization) {

    /** Whether the recording lives on the account's own API host: only there are credentials sent. */
    public static boolean sameOrigin(URI url, URI api) {
        return Objects.equals(url.getScheme(), api.getScheme())
                && Objects.equals(url.getHost(), api.getHost())
                && url.getPort() == api.getPort();
    }
}
