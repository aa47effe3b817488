package io.switchboard.identity.internal;

import io.switchboard.shared.MasterKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Short-lived values the browser carries between two requests (the single sign-on state, nonce
 * and PKCE verifier), MACed with a key derived from the master key so they cannot be forged, and
 * expiring. Any node can check them: no server-side session.
 */
@Component
public class SignedState {

    private final byte[] key;
    private final Clock clock;

    SignedState(MasterKey masterKey, Clock clock) {
        this.key = masterKey.derive("signed-state/v1");
        this.clock = clock;
    }

    public String seal(String value, Duration ttl) {
        String payload = (clock.instant().plus(ttl).getEpochSecond()) + "|" + value;
        String encoded =
                Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + mac(encoded);
    }

    public Optional<String> open(String sealed) {
        int dot = sealed.lastIndexOf('.');
        if (dot < 0
                || !MessageDigest.isEqual(
                        mac(sealed.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                        sealed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(sealed.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int bar = payload.indexOf('|');
        long expires = Long.parseLong(payload.substring(0, bar));
        return expires < clock.instant().getEpochSecond() ? Optional.empty() : Optional.of(payload.substring(bar + 1));
    }

    private String mac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
