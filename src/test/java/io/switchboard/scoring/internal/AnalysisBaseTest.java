package io.switchboard.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.conversations.Analyses;
import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.CallAnalysis;
import io.switchboard.conversations.Qualification;
import io.switchboard.leads.Temperature;
import io.switchboard.telephony.CallId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the analysis component takes from an analysed call (formerly conversations' LeadUpdatePolicy). */
class AnalysisBaseTest {

    static CallAnalysis stored(Analysis analysis) {
        return new CallAnalysis(
                CallId.of(UUID.randomUUID()), UUID.randomUUID(), null, 1, analysis, false, null, Instant.now());
    }

    @Test
    void theLatestConversationGivesItsTotalScoreAndTheBandsTheTemperature() {
        Analysis hot = Analyses.plain(Qualification.HOT);
        var snapshot = AnalysisBase.snapshot(stored(hot));
        assertThat(AnalysisBase.points(snapshot)).contains((int) Math.round(hot.totalScore()));
        assertThat(snapshot.qualification()).isEqualTo("hot");
        assertThat(AnalysisBase.activity(snapshot.qualification())).isEqualTo(Activity.ANALYSIS_HOT);
        assertThat(TemperatureBands.DEFAULT.next(
                        Temperature.COLD, AnalysisBase.points(snapshot).orElseThrow()))
                .isEqualTo(Temperature.HOT);
        // The temperature follows the score's bands, no longer the qualification itself: a call the
        // analyzer found not qualified but with clear intent (0.6) scores 44, warm.
        var notQualified = AnalysisBase.snapshot(stored(Analyses.plain(Qualification.NOT_QUALIFIED)));
        assertThat(AnalysisBase.points(notQualified)).contains(44);
        assertThat(TemperatureBands.DEFAULT.next(Temperature.COLD, 44)).isEqualTo(Temperature.WARM);
        assertThat(AnalysisBase.activity(notQualified.qualification())).isEqualTo(Activity.ANALYSIS_NOT_QUALIFIED);
    }

    @Test
    void aCallWithoutAConversationChangesNothing() {
        Analysis voicemail = Analyses.of(Qualification.NOT_QUALIFIED, null, true, false, false, null, List.of());
        assertThat(AnalysisBase.points(AnalysisBase.snapshot(stored(voicemail))))
                .isEmpty();
    }
}
