package io.switchboard.conversations;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A partial update of the analysis settings: a {@code null} field is left as it is, an empty
 * {@link Optional} clears it (an empty list of questions, no endpoint).
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record AnalysisSettingsChanges(
        @Nullable Optional<AnalyzerKind> analyzer,
        @Nullable Optional<List<QualificationQuestion>> qualificationQuestions,
        @Nullable Optional<List<ExtractionField>> extractionFields,
        @Nullable Optional<Endpoint> openaiCompatible) {

    /** Changes to the endpoint, field by field; {@code apiKey} empty removes the key. */
    public record Endpoint(
            @Nullable Optional<String> baseUrl,
            @Nullable Optional<String> model,
            @Nullable Optional<String> apiKey,
            @Nullable Optional<BigDecimal> promptPricePerMillion,
            @Nullable Optional<BigDecimal> completionPricePerMillion) {}
}
