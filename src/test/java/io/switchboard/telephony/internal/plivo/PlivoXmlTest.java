package io.switchboard.telephony.internal.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hold XML: the message, then the music in a loop (or the message in a loop), escaped. */
class PlivoXmlTest {

    @Test
    void holdPlaysTheMusicInALoopAfterTheMessage() {
        assertThat(PlivoXml.hold("Please hold & stay", "https://example.com/hold.mp3"))
                .isEqualTo("<Speak>Please hold &amp; stay</Speak><Play loop=\"0\">https://example.com/hold.mp3</Play>");
    }

    @Test
    void holdWithoutMusicRepeatsTheMessage() {
        assertThat(PlivoXml.hold("Please hold", null)).isEqualTo("<Speak loop=\"0\">Please hold</Speak>");
    }
}
