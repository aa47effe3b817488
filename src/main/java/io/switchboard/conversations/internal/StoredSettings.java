package io.switchboard.conversations.internal;

import io.switchboard.conversations.AnalysisSettings;
import io.switchboard.conversations.AnalyzerKind;
import io.switchboard.conversations.EndpointSettings;
import io.switchboard.conversations.ExtractionField;
import io.switchboard.conversations.QualificationQuestion;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One organization's analysis settings as stored, the endpoint's API key still sealed. */
public record StoredSettings(
        AnalyzerKind analyzer,
        List<QualificationQuestion> questions,
        List<ExtractionField> fields,
        @Nullable String baseUrl,
        @Nullable String model,
        byte @Nullable [] sealedApiKey,
        @Nullable BigDecimal promptPricePerMillion,
        @Nullable BigDecimal completionPricePerMillion) {

    public static final StoredSettings DEFAULT =
            new StoredSettings(AnalyzerKind.LOCAL, List.of(), List.of(), null, null, null, null, null);

    public StoredSettings {
        questions = List.copyOf(questions);
        fields = List.copyOf(fields);
    }

    public boolean hasEndpoint() {
        return baseUrl != null && model != null;
    }

    public AnalysisSettings view() {
        EndpointSettings endpoint = hasEndpoint()
                ? new EndpointSettings(
                        baseUrl, model, sealedApiKey != null, promptPricePerMillion, completionPricePerMillion)
                : null;
        return new AnalysisSettings(analyzer, questions, fields, endpoint);
    }
}
