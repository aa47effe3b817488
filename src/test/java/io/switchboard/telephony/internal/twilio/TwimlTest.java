package io.switchboard.telephony.internal.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hold TwiML: the message, then the music in a loop (or the message in a loop), escaped. */
class TwimlTest {

    @Test
    void holdPlaysTheMusicInALoopAfterTheMessage() {
        assertThat(Twiml.hold("Please hold & stay", "https://example.com/hold.mp3?a=1&b=2"))
                .isEqualTo("<Say>Please hold &amp; stay</Say>"
                        + "<Play loop=\"0\">https://example.com/hold.mp3?a=1&amp;b=2</Play>");
    }

    @Test
    void holdWithoutMusicRepeatsTheMessage() {
        assertThat(Twiml.hold("Please <hold>", null)).isEqualTo("<Say loop=\"0\">Please &lt;hold&gt;</Say>");
        assertThat(Twiml.hold("Please hold", " ")).isEqualTo("<Say loop=\"0\">Please hold</Say>");
    }
}
