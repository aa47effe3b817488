package io.switchboard.conversations.internal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.switchboard.bench.ConversationEval;
import io.switchboard.bench.LabelledCalls;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The heads shipped in the jar are the ones the training run evaluated: running the analyzer over
 * the held-out split gives the figures recorded in the heads file (a head retrained without
 * re-recording, or a feature changed without retraining, fails here). Nothing is trained here.
 */
class ShippedHeadsTest {

    @Test
    void theShippedHeadsReproduceTheirRecordedHeldOutFigures() throws IOException {
        Map<String, Double> recorded = ClassifierHeads.shipped().evaluation();
        var outcomes = ConversationEval.run(
                LocalAnalyzerTest.ANALYZER, LabelledCalls.load(Path.of("bench/conversations/holdout"), "holdout"));

        Map<String, Double> measured = ConversationEval.figures(outcomes);

        assertThat(recorded).containsKeys("qualification", "sentiment", "complaint", "escalation", "calls");
        recorded.forEach(
                (figure, value) -> assertThat(measured.get(figure)).as(figure).isCloseTo(value, within(0.0011)));
    }

    @Test
    void headsTrainedOnAnotherFeatureLayoutAreRefused() {
        var root = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .createObjectNode()
                .put("layout", "something-else/v0");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClassifierHeads.read(root))
                .hasMessageContaining("retrain");
    }
}
