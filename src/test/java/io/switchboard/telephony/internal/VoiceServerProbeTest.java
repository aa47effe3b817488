package io.switchboard.telephony.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

/**
 * The probe is the one outbound call outside RestClient (a WebSocket upgrade), so it records its
 * own observation: a server that does not answer shows as a failed probe in the metrics.
 */
class VoiceServerProbeTest {

    @Test
    void aProbeIsObservedWithItsOutcome() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));

        // Nothing listens on port 9 of the loopback address: the connection is refused.
        String reason = new VoiceServerProbe(observations).check("ws://127.0.0.1:9/stream");

        assertThat(reason).isNotBlank().doesNotContain("Exception");
        assertThat(meters.get("voice.server.probes")
                        .tag("outcome", "failed")
                        .timer()
                        .count())
                .isEqualTo(1);
    }
}
