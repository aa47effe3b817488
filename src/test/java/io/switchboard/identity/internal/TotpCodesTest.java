package io.switchboard.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

    /** RFC 6238 appendix B's SHA-1 secret "12345678901234567890", base32. */
    static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void matchesTheRfc6238TestVectors() {
        var totp = new TotpCodes(Clock.systemUTC());
        // The RFC's 8-digit values, truncated to the 6 digits authenticator apps show.
        assertThat(totp.codeAt(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(totp.codeAt(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
        assertThat(totp.codeAt(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
        assertThat(totp.codeAt(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfDriftAndNeverTheSameStepTwice() {
        Instant now = Instant.ofEpochSecond(1234567890L);
        var totp = new TotpCodes(Clock.fixed(now, ZoneOffset.UTC));
        long step = now.getEpochSecond() / 30;
        assertThat(totp.matchingStep(RFC_SECRET, "005924", null)).hasValue(step);
        assertThat(totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step - 1), null))
                .hasValue(step - 1);
        assertThat(totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step + 1), null))
                .hasValue(step + 1);
        assertThat(totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step + 2), null))
                .isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "005924", step)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "00592", null)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, "abcdef", null)).isEmpty();
    }

    @Test
    void theOtpauthUriNamesTheIssuerAndAccount() {
        var totp = new TotpCodes(Clock.systemUTC());
        String uri = totp.otpauthUri(RFC_SECRET, "ana@example.com", "Switchboard");
        assertThat(uri)
                .startsWith("otpauth://totp/")
                .contains("secret=" + RFC_SECRET, "issuer=Switchboard", "digits=6", "period=30");
        assertThat(totp.qrCode(RFC_SECRET, "ana@example.com", "Switchboard")).startsWith("data:image/png;base64,iVBOR");
    }
}
