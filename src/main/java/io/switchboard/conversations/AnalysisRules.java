package io.switchboard.conversations;

import java.util.List;

/** The organization's own questions and fields, applied by every analyzer. */
public record AnalysisRules(List<QualificationQuestion> questions, List<ExtractionField> fields) {

    public static final AnalysisRules NONE = new AnalysisRules(List.of(), List.of());

    public AnalysisRules {
        questions = List.copyOf(questions);
        fields = List.copyOf(fields);
    }
}
