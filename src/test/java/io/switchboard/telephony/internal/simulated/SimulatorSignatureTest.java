package io.switchboard.telephony.internal.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatorSignatureTest {

    static final String SECRET = "whsec_test";
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void aSignedBodyVerifies() {
        String header = SimulatorSignature.sign(SECRET, "{\"a\":1}", NOW);

        assertThat(header).startsWith("t=" + NOW.getEpochSecond() + ",v1=");
        assertThat(SimulatorSignature.verify(SECRET, "{\"a\":1}", header, NOW.plusSeconds(30)))
                .isTrue();
    }

    @Test
    void tamperingAnotherSecretOrAnOldSignatureFail() {
        String header = SimulatorSignature.sign(SECRET, "{\"a\":1}", NOW);

        assertThat(SimulatorSignature.verify(SECRET, "{\"a\":2}", header, NOW)).isFalse();
        assertThat(SimulatorSignature.verify("whsec_other", "{\"a\":1}", header, NOW))
                .isFalse();
        assertThat(SimulatorSignature.verify(SECRET, "{\"a\":1}", header, NOW.plus(Duration.ofMinutes(6))))
                .isFalse();
        assertThat(SimulatorSignature.verify(SECRET, "{\"a\":1}", null, NOW)).isFalse();
        assertThat(SimulatorSignature.verify(SECRET, "{\"a\":1}", "t=abc,v1=00", NOW))
                .isFalse();
    }

    @Test
    void aTimestampBeyondAnyClockIsAWrongSignature() {
        for (String t : new String[] {"9223372036854775807", "-9223372036854775808", "-1", "31556889864403200"}) {
            assertThat(SimulatorSignature.verify(SECRET, "{}", "t=" + t + ",v1=00", NOW))
                    .as(t)
                    .isFalse();
        }
    }
}
