package io.switchboard.conversations.internal;

import static io.switchboard.db.Tables.ANALYSIS_SETTINGS;

import io.switchboard.conversations.AnalyzerKind;
import io.switchboard.conversations.ExtractionField;
import io.switchboard.conversations.QualificationQuestion;
import io.switchboard.db.tables.records.AnalysisSettingsRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code analysis_settings} row of the current organization (row-level security scopes it). */
@Repository
public class AnalysisSettingsStore {

    private static final TypeReference<List<QualificationQuestion>> QUESTIONS = new TypeReference<>() {};
    private static final TypeReference<List<ExtractionField>> FIELDS = new TypeReference<>() {};

    private final DSLContext db;
    private final JsonMapper json;

    AnalysisSettingsStore(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public Optional<StoredSettings> find() {
        return db.selectFrom(ANALYSIS_SETTINGS).fetchOptional().map(this::toSettings);
    }

    public void save(UUID organization, StoredSettings settings) {
        AnalysisSettingsRecord row = db.newRecord(ANALYSIS_SETTINGS);
        row.setOrganizationId(organization);
        row.setAnalyzer(settings.analyzer().toString());
        row.setQualificationQuestions(JSONB.valueOf(json.writeValueAsString(settings.questions())));
        row.setExtractionFields(JSONB.valueOf(json.writeValueAsString(settings.fields())));
        row.setEndpointBaseUrl(settings.baseUrl());
        row.setEndpointModel(settings.model());
        row.setEndpointApiKeyEncrypted(settings.sealedApiKey());
        row.setPromptPricePerMillion(settings.promptPricePerMillion());
        row.setCompletionPricePerMillion(settings.completionPricePerMillion());
        db.insertInto(ANALYSIS_SETTINGS)
                .set(row)
                .onConflict(ANALYSIS_SETTINGS.ORGANIZATION_ID)
                .doUpdate()
                .set(row)
                .execute();
    }

    private StoredSettings toSettings(AnalysisSettingsRecord row) {
        return new StoredSettings(
                AnalyzerKind.fromCode(row.getAnalyzer()),
                json.readValue(row.getQualificationQuestions().data(), QUESTIONS),
                json.readValue(row.getExtractionFields().data(), FIELDS),
                row.getEndpointBaseUrl(),
                row.getEndpointModel(),
                row.getEndpointApiKeyEncrypted(),
                row.getPromptPricePerMillion(),
                row.getCompletionPricePerMillion());
    }
}
