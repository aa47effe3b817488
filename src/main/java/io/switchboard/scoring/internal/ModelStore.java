package io.switchboard.scoring.internal;

import static io.switchboard.db.Tables.SCORING_EXAMPLES;
import static io.switchboard.db.Tables.SCORING_MODELS;

import io.switchboard.db.tables.records.ScoringModelsRecord;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Won and lost leads as the model learns from them, and the trained models. */
@Repository
public class ModelStore {

    private static final TypeReference<Map<String, String>> FEATURES = new TypeReference<>() {};

    private final DSLContext db;
    private final JsonMapper json;

    ModelStore(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** An example in time order. */
    public record StoredExample(UUID leadId, boolean won, Instant outcomeAt, Map<String, String> features) {}

    public void saveExample(UUID lead, boolean won, Instant outcomeAt, Map<String, String> features) {
        JSONB value = JSONB.valueOf(json.writeValueAsString(features));
        db.insertInto(SCORING_EXAMPLES)
                .set(SCORING_EXAMPLES.ORGANIZATION_ID, TenantContext.require().value())
                .set(SCORING_EXAMPLES.LEAD_ID, lead)
                .set(SCORING_EXAMPLES.WON, won)
                .set(SCORING_EXAMPLES.OUTCOME_AT, outcomeAt.atOffset(ZoneOffset.UTC))
                .set(SCORING_EXAMPLES.FEATURES, value)
                .onConflict(SCORING_EXAMPLES.ORGANIZATION_ID, SCORING_EXAMPLES.LEAD_ID)
                .doUpdate()
                .set(SCORING_EXAMPLES.WON, won)
                .set(SCORING_EXAMPLES.OUTCOME_AT, outcomeAt.atOffset(ZoneOffset.UTC))
                .set(SCORING_EXAMPLES.FEATURES, value)
                .execute();
    }

    public boolean deleteExample(UUID lead) {
        return db.deleteFrom(SCORING_EXAMPLES)
                        .where(SCORING_EXAMPLES.LEAD_ID.eq(lead))
                        .execute()
                == 1;
    }

    public List<StoredExample> examples() {
        return db.selectFrom(SCORING_EXAMPLES)
                .orderBy(SCORING_EXAMPLES.OUTCOME_AT, SCORING_EXAMPLES.LEAD_ID)
                .fetch(r -> new StoredExample(
                        r.getLeadId(),
                        r.getWon(),
                        r.getOutcomeAt().toInstant(),
                        json.readValue(r.getFeatures().data(), FEATURES)));
    }

    public Optional<Map<String, String>> example(UUID lead) {
        return db.select(SCORING_EXAMPLES.FEATURES)
                .from(SCORING_EXAMPLES)
                .where(SCORING_EXAMPLES.LEAD_ID.eq(lead))
                .fetchOptional(r -> json.readValue(r.value1().data(), FEATURES));
    }

    public ScoringModelsRecord newModel() {
        ScoringModelsRecord r = db.newRecord(SCORING_MODELS);
        r.setOrganizationId(TenantContext.require().value());
        r.setId(Ids.next());
        return r;
    }

    public Optional<ScoringModelsRecord> latest() {
        return db.selectFrom(SCORING_MODELS)
                .orderBy(SCORING_MODELS.ID.desc())
                .limit(1)
                .fetchOptional();
    }

    public JSONB write(Object value) {
        return JSONB.valueOf(json.writeValueAsString(value));
    }

    public <T> T read(JSONB value, Class<T> type) {
        return json.readValue(value.data(), type);
    }

    public <T> T read(JSONB value, TypeReference<T> type) {
        return json.readValue(value.data(), type);
    }
}
