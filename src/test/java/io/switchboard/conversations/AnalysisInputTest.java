package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisInputTest {

    @Test
    void keepsTurnsWithWordsAndMakesTelephonysLabelsPlain() {
        Transcript transcript = AnalysisInput.of(
                List.of(
                        new Segment("agent", 0.0, 2.0, "Hello, Maya from Acme."),
                        new Segment("lead", 2.0, 3.0, "   "),
                        new Segment("human", 3.0, 5.0, "Hi, I'm the sales manager."),
                        new Segment(" ", 5.0, 6.0, "Who is this?")),
                "en-US");
        assertThat(transcript.segments())
                .extracting(Segment::speaker)
                .containsExactly("agent", "representative", "unknown");
        assertThat(transcript.language()).isEqualTo("en-US");
        assertThat(transcript.segments().getFirst().start()).isZero();
    }

    @Test
    void trimsALongCallToTheAnalyzersLimitsKeepingItsBeginning() {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            segments.add(Segment.of(i % 2 == 0 ? "agent" : "lead", "x".repeat(i == 0 ? 9_000 : 150)));
        }
        Transcript transcript = AnalysisInput.of(segments, null);
        assertThat(transcript.segments()).hasSizeLessThanOrEqualTo(Transcript.MAX_SEGMENTS);
        assertThat(transcript.segments().getFirst().text()).hasSize(Transcript.MAX_SEGMENT_CHARS);
        assertThat(transcript.totalChars()).isLessThanOrEqualTo(Transcript.MAX_TOTAL_CHARS);
    }

    @Test
    void aLanguageThatIsNoTagIsLeftToDetection() {
        assertThat(AnalysisInput.language("english please")).isNull();
        assertThat(AnalysisInput.language(" es-MX ")).isEqualTo("es-MX");
        assertThat(AnalysisInput.language(null)).isNull();
    }
}
