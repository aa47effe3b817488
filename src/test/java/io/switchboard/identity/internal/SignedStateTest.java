package io.switchboard.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.shared.MasterKey;
import io.switchboard.shared.TestMasterKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedStateTest {

    final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void opensWhatItSealedUntilItExpires() {
        var state = new SignedState(key(), Clock.fixed(now, ZoneOffset.UTC));
        String sealed = state.seal("local|s|n|v|/next", Duration.ofMinutes(10));
        assertThat(state.open(sealed)).contains("local|s|n|v|/next");
        var later = new SignedState(key(), Clock.fixed(now.plusSeconds(601), ZoneOffset.UTC));
        assertThat(later.open(sealed)).isEmpty();
    }

    @Test
    void refusesForgeries() {
        var state = new SignedState(key(), Clock.fixed(now, ZoneOffset.UTC));
        String sealed = state.seal("local|s|n|v|/", Duration.ofMinutes(10));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(("9999999999|evil|s|n|v|/").getBytes());
        assertThat(state.open(payload + sealed.substring(sealed.indexOf('.')))).isEmpty();
        assertThat(state.open("garbage")).isEmpty();
        assertThat(state.open(sealed + "x")).isEmpty();
    }

    private static MasterKey key() {
        return TestMasterKeys.of(new byte[32]);
    }
}
