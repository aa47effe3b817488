package io.switchboard.scoring.internal;

import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.CallAnalysis;
import io.switchboard.scoring.internal.ScoreState.AnalysisSnapshot;
import java.util.Optional;

/**
 * What an analysed call gives a lead's score: the call's total score (0..100) becomes the base
 * component, replacing the one of an earlier call or a score set by hand. A call without a
 * conversation (a voicemail greeting) changes nothing, and a hot, warm or cold analysis is recorded
 * as activity that rules may count ({@code analysis_hot} …).
 */
public final class AnalysisBase {

    private AnalysisBase() {}

    public static AnalysisSnapshot snapshot(CallAnalysis stored) {
        Analysis analysis = stored.analysis();
        return new AnalysisSnapshot(
                stored.callId().value(),
                stored.run(),
                analysis.qualification().toString(),
                analysis.intentScore(),
                analysis.sentimentScore(),
                analysis.sentimentLabel().toString(),
                analysis.totalScore(),
                analysis.callQualityScore() != null,
                stored.analyzedAt());
    }

    /** The base points of an analysed call, or none when the call had no conversation. */
    public static Optional<Integer> points(AnalysisSnapshot analysis) {
        return analysis.conversation() ? Optional.of(ScoreMath.clamp(analysis.totalScore())) : Optional.empty();
    }

    public static Activity activity(String qualification) {
        return Activity.fromCode("analysis_" + qualification);
    }
}
