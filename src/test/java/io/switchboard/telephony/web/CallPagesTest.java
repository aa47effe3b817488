package io.switchboard.telephony.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallPagesTest {

    @Test
    void theSimulatorsRecordingsPlayFromWhereverTheConsoleWasOpened() {
        assertThat(CallPages.playable("http://localhost:8080/simulator/recordings/SIM0a1b.wav"))
                .isEqualTo("/simulator/recordings/SIM0a1b.wav");
        assertThat(CallPages.playable("https://switchboard.example.com/simulator/recordings/SIM0a1b.wav"))
                .isEqualTo("/simulator/recordings/SIM0a1b.wav");
    }

    @Test
    void aProvidersRecordingIsPlayedAsGiven() {
        String twilio = "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1.wav";
        assertThat(CallPages.playable(twilio)).isEqualTo(twilio);
        assertThat(CallPages.playable(null)).isNull();
        assertThat(CallPages.playable("not a uri with spaces")).isNull();
    }
}
