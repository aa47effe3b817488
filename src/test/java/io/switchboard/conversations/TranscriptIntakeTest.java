package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.telephony.TranscriptReceived;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptIntakeTest {

    @Test
    void theTextReadsAsSpeakerTurns() {
        List<Segment> segments = TranscriptIntake.segments(List.of(
                new TranscriptReceived.Segment("agent", 0, 2.5, " Hi Dana. "),
                new TranscriptReceived.Segment("lead", 2.5, 4, "Hello!")));
        assertThat(segments.getFirst()).isEqualTo(new Segment("agent", 0.0, 2.5, "Hi Dana."));
        assertThat(TranscriptIntake.text(segments)).isEqualTo("Agent: Hi Dana.\nLead: Hello!");
    }

    @Test
    void anEndlessTranscriptIsStoredWithinLimits() {
        List<TranscriptReceived.Segment> delivered = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            delivered.add(new TranscriptReceived.Segment("", i, i + 1, "y".repeat(20_000)));
        }
        List<Segment> segments = TranscriptIntake.segments(delivered);
        assertThat(segments.getFirst().speaker()).isEqualTo("unknown");
        assertThat(segments.getFirst().text()).hasSize(TranscriptIntake.MAX_SEGMENT_CHARS);
        assertThat(segments.stream().mapToInt(s -> s.text().length()).sum()).isEqualTo(TranscriptIntake.MAX_CHARS);
        assertThat(TranscriptIntake.language("x".repeat(50))).hasSize(35);
        assertThat(TranscriptIntake.language(" ")).isNull();
    }

    @Test
    void personalNumbersAreMaskedTurnByTurnAndCounted() {
        List<Segment> segments = List.of(
                new Segment("agent", 0.0, 2.0, "Can I have the card number?"),
                new Segment("customer", 2.0, 6.0, "4111 1111 1111 1111, and my account number is 00123456."));

        TranscriptIntake.Masked masked = TranscriptIntake.masked(segments);

        assertThat(masked.redactions()).isEqualTo(2);
        assertThat(masked.segments().get(1))
                .isEqualTo(
                        new Segment("customer", 2.0, 6.0, "[card number], and my account number is [bank account]."));
        assertThat(TranscriptIntake.text(masked.segments())).doesNotContain("4111", "00123456");
    }
}
