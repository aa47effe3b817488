package io.switchboard.conversations;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Analyses for policy tests (here and in scoring): only what a test sets differs from a plain warm call. */
public final class Analyses {

    private Analyses() {}

    public static Analysis of(
            Qualification qualification,
            @Nullable Double quality,
            boolean followUp,
            boolean doNotCall,
            boolean callback,
            @Nullable String callbackTime,
            List<String> nextSteps) {
        return new Analysis(
                "en",
                0.9,
                0.6,
                0.3,
                SentimentLabel.POSITIVE,
                qualification,
                List.of("pricing"),
                List.of(),
                nextSteps,
                "The customer wants a brochure.",
                quality,
                followUp,
                LeadScore.total(0.6, qualification, 0.3, quality),
                doNotCall,
                callback,
                callbackTime,
                List.of(),
                Map.of(),
                AnalyzerRun.local("test"));
    }

    public static Analysis plain(Qualification qualification) {
        return of(qualification, 0.7, true, false, false, null, List.of("Send the brochure."));
    }
}
