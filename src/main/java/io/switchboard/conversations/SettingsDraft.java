package io.switchboard.conversations;

import io.switchboard.conversations.internal.Analyzers;
import io.switchboard.conversations.internal.StoredSettings;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.Patches;
import io.switchboard.shared.SecretBox;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Analysis settings while a change is applied (JSON merge-patch, the endpoint field by field);
 * {@link #finish()} checks the result as a whole. A new API key is sealed at once, so the plain key
 * lives no longer than the request.
 */
final class SettingsDraft {

    private AnalyzerKind analyzer;
    private List<QualificationQuestion> questions;
    private List<ExtractionField> fields;
    private @Nullable String baseUrl;
    private @Nullable String model;
    private byte @Nullable [] sealedApiKey;
    private @Nullable BigDecimal promptPrice;
    private @Nullable BigDecimal completionPrice;

    SettingsDraft(StoredSettings current) {
        analyzer = current.analyzer();
        questions = current.questions();
        fields = current.fields();
        baseUrl = current.baseUrl();
        model = current.model();
        sealedApiKey = current.sealedApiKey();
        promptPrice = current.promptPricePerMillion();
        completionPrice = current.completionPricePerMillion();
    }

    SettingsDraft apply(AnalysisSettingsChanges changes, UUID organization, SecretBox secrets) {
        Patches.require(changes.analyzer(), "analyzer", value -> analyzer = value);
        Patches.apply(changes.qualificationQuestions(), value -> questions = value == null ? List.of() : value);
        Patches.apply(changes.extractionFields(), value -> fields = value == null ? List.of() : value);
        Patches.apply(changes.openaiCompatible(), value -> endpoint(value, organization, secrets));
        return this;
    }

    private void endpoint(AnalysisSettingsChanges.@Nullable Endpoint changes, UUID organization, SecretBox secrets) {
        if (changes == null) {
            baseUrl = null;
            model = null;
            sealedApiKey = null;
            promptPrice = null;
            completionPrice = null;
            return;
        }
        Patches.require(changes.baseUrl(), "openai_compatible.base_url", value -> baseUrl = value.strip());
        Patches.require(changes.model(), "openai_compatible.model", value -> model = value.strip());
        Patches.apply(
                changes.apiKey(), value -> sealedApiKey = value == null ? null : seal(value, organization, secrets));
        Patches.apply(changes.promptPricePerMillion(), value -> promptPrice = value);
        Patches.apply(changes.completionPricePerMillion(), value -> completionPrice = value);
    }

    private static byte[] seal(String apiKey, UUID organization, SecretBox secrets) {
        SettingsCheck.apiKey(apiKey);
        return secrets.seal(apiKey.strip(), Analyzers.apiKeyContext(organization));
    }

    StoredSettings finish() {
        SettingsCheck.questions(questions);
        SettingsCheck.fields(fields);
        SettingsCheck.price("prompt_price_per_million", promptPrice);
        SettingsCheck.price("completion_price_per_million", completionPrice);
        if (baseUrl != null && model != null) {
            SettingsCheck.endpoint(baseUrl, model);
        } else if (baseUrl != null
                || model != null
                || sealedApiKey != null
                || promptPrice != null
                || completionPrice != null) {
            String missing = baseUrl == null ? "base_url" : "model";
            throw new InvalidInput("openai_compatible." + missing, "required", "is required for an endpoint");
        }
        if (analyzer == AnalyzerKind.OPENAI_COMPATIBLE && baseUrl == null) {
            throw new InvalidInput(
                    "openai_compatible", "endpoint_required", "is required when the analyzer is openai_compatible");
        }
        return new StoredSettings(
                analyzer, questions, fields, baseUrl, model, sealedApiKey, promptPrice, completionPrice);
    }
}
