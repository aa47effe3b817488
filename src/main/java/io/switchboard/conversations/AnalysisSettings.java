package io.switchboard.conversations;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Which analyzer reads an organization's calls, and the organization's own rules. */
public record AnalysisSettings(
        AnalyzerKind analyzer,
        List<QualificationQuestion> qualificationQuestions,
        List<ExtractionField> extractionFields,
        @Nullable EndpointSettings openaiCompatible) {

    public static final AnalysisSettings DEFAULT = new AnalysisSettings(AnalyzerKind.LOCAL, List.of(), List.of(), null);

    public AnalysisSettings {
        qualificationQuestions = List.copyOf(qualificationQuestions);
        extractionFields = List.copyOf(extractionFields);
    }

    public AnalysisRules rules() {
        return new AnalysisRules(qualificationQuestions, extractionFields);
    }
}
