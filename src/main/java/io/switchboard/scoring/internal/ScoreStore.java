package io.switchboard.scoring.internal;

import static io.switchboard.db.Tables.LEAD_SCORES;
import static io.switchboard.db.Tables.LEAD_SCORE_HISTORY;

import io.switchboard.db.tables.records.LeadScoresRecord;
import io.switchboard.leads.Temperature;
import io.switchboard.scoring.internal.ScoreState.AnalysisSnapshot;
import io.switchboard.scoring.internal.ScoreState.Base;
import io.switchboard.scoring.internal.ScoreState.BaseKind;
import io.switchboard.scoring.internal.ScoreState.Component;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Leads' stored scores and their history, a batch at a time. */
@Repository
public class ScoreStore {

    private static final TypeReference<List<Component>> COMPONENTS = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> FEATURES = new TypeReference<>() {};

    private final DSLContext db;
    private final JsonMapper json;

    ScoreStore(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Stored states with the row version each was read at (its {@code xmin}): {@link #save} writes a
     * state only over the version it was computed from.
     */
    public record Stored(Map<UUID, ScoreState> states, Map<UUID, String> versions) {}

    /** These leads' stored scores, locked in lead order (rescorings of one lead queue). */
    public Stored lock(Collection<UUID> leads) {
        return stored(leads, true);
    }

    /**
     * These leads' stored scores, not locked: a recompute leaves the rows it does not change untouched
     * (a lock is a write of the row) and {@link #save} refuses those written since.
     */
    public Stored snapshot(Collection<UUID> leads) {
        return stored(leads, false);
    }

    private Stored stored(Collection<UUID> leads, boolean lock) {
        Map<UUID, ScoreState> states = new HashMap<>();
        Map<UUID, String> versions = new HashMap<>();
        Field<String> version = DSL.field("{0}::text", String.class, DSL.field(DSL.name("lead_scores", "xmin")));
        var select = db.select(LEAD_SCORES.asterisk(), version)
                .from(LEAD_SCORES)
                .where(LEAD_SCORES.LEAD_ID.eq(DSL.any(leads.toArray(UUID[]::new))))
                .orderBy(LEAD_SCORES.LEAD_ID);
        (lock ? select.forUpdate() : select).forEach(r -> {
            LeadScoresRecord row = r.into(LEAD_SCORES);
            states.put(row.getLeadId(), toState(row));
            versions.put(row.getLeadId(), r.get(version));
        });
        return new Stored(states, versions);
    }

    /** These leads' stored scores, without locking (previews). */
    public Map<UUID, ScoreState> read(Collection<UUID> leads) {
        Map<UUID, ScoreState> states = new HashMap<>();
        db.selectFrom(LEAD_SCORES)
                .where(LEAD_SCORES.LEAD_ID.eq(DSL.any(leads.toArray(UUID[]::new))))
                .forEach(r -> states.put(r.getLeadId(), toState(r)));
        return states;
    }

    public Optional<ScoreState> find(UUID lead) {
        return db.selectFrom(LEAD_SCORES).where(LEAD_SCORES.LEAD_ID.eq(lead)).fetchOptional(this::toState);
    }

    /**
     * Writes these states (lead → state) in one statement: a stored row is replaced if it still has
     * the version it was read at ({@code versions}), locking those rows in lead order first; a missing
     * one is inserted unless another transaction inserted it first.
     *
     * @return the leads written (a lead missing here was scored by someone else in the meantime)
     */
    public Set<UUID> save(Map<UUID, ScoreState> states, Map<UUID, String> versions, Instant at) {
        if (states.isEmpty()) {
            return Set.of();
        }
        int n = states.size();
        UUID[] ids = new UUID[n];
        String[] read = new String[n];
        Integer[] scores = new Integer[n];
        String[] temperatures = new String[n];
        String[] components = new String[n];
        String[] baseKinds = new String[n];
        Integer[] basePoints = new Integer[n];
        String[] baseReasons = new String[n];
        OffsetDateTime[] baseSince = new OffsetDateTime[n];
        String[] analyses = new String[n];
        String[] features = new String[n];
        int i = 0;
        for (Map.Entry<UUID, ScoreState> e : states.entrySet()) {
            ScoreState s = e.getValue();
            Base base = s.base();
            ids[i] = e.getKey();
            read[i] = versions.get(e.getKey());
            scores[i] = s.score();
            temperatures[i] = s.temperature().toString();
            components[i] = json.writeValueAsString(s.components());
            baseKinds[i] = base == null ? null : base.kind().toString();
            basePoints[i] = base == null ? 0 : base.points();
            baseReasons[i] = base == null ? null : base.reason();
            baseSince[i] = base == null ? null : base.since().atOffset(ZoneOffset.UTC);
            analyses[i] = s.analysis() == null ? null : json.writeValueAsString(s.analysis());
            features[i] = json.writeValueAsString(s.features());
            i++;
        }
        return new HashSet<>(db.resultQuery(
                        SAVE,
                        DSL.val(TenantContext.require().value()),
                        DSL.val(ids),
                        DSL.val(read),
                        DSL.val(scores),
                        DSL.val(temperatures),
                        DSL.val(components),
                        DSL.val(baseKinds),
                        DSL.val(basePoints),
                        DSL.val(baseReasons),
                        DSL.val(baseSince),
                        DSL.val(analyses),
                        DSL.val(features),
                        DSL.val(at.atOffset(ZoneOffset.UTC)))
                .fetch(r -> r.get(0, UUID.class)));
    }

    // A row read earlier is locked (in lead order, as every rescoring locks) and replaced only if no
    // one wrote it since; a row not there when read is inserted unless a concurrent rescoring inserted
    // it first. Either way the caller scores a lead left out again.
    private static final String SAVE =
            """
            WITH v AS (SELECT * FROM unnest({1}::uuid[], {2}::text[], {3}::int[], {4}::text[], {5}::text[], {6}::text[],
                                            {7}::int[], {8}::text[], {9}::timestamptz[], {10}::text[], {11}::text[])
                         AS v(lead_id, version, score, temperature, components, base_kind, base_points, base_reason,
                              base_since, analysis, features)),
                 locked AS (SELECT s.lead_id, s.xmin::text AS version FROM lead_scores s
                            WHERE s.lead_id IN (SELECT lead_id FROM v WHERE version IS NOT NULL)
                            ORDER BY s.lead_id FOR UPDATE),
                 updated AS (UPDATE lead_scores s SET
                               score = v.score, temperature = v.temperature, components = v.components::jsonb,
                               base_kind = v.base_kind, base_points = v.base_points, base_reason = v.base_reason,
                               base_since = v.base_since, analysis = v.analysis::jsonb, features = v.features::jsonb,
                               scored_at = {12}
                             FROM locked JOIN v ON v.lead_id = locked.lead_id
                             WHERE s.lead_id = locked.lead_id AND locked.version = v.version
                             RETURNING s.lead_id),
                 inserted AS (INSERT INTO lead_scores (organization_id, lead_id, score, temperature, components,
                                                       base_kind, base_points, base_reason, base_since, analysis,
                                                       features, scored_at)
                              SELECT {0}, v.lead_id, v.score, v.temperature, v.components::jsonb, v.base_kind,
                                     v.base_points, v.base_reason, v.base_since, v.analysis::jsonb, v.features::jsonb, {12}
                              FROM v WHERE v.version IS NULL
                              ON CONFLICT (organization_id, lead_id) DO NOTHING
                              RETURNING lead_id)
            SELECT lead_id FROM updated UNION ALL SELECT lead_id FROM inserted
            """;

    /** One history row per change (lead → change), in one statement. */
    public void history(Map<UUID, Scorer.Change> changes, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        int n = changes.size();
        UUID[] ids = new UUID[n];
        UUID[] leads = new UUID[n];
        Integer[] previous = new Integer[n];
        Integer[] next = new Integer[n];
        String[] reasons = new String[n];
        UUID[] rules = new UUID[n];
        Integer[] versions = new Integer[n];
        int i = 0;
        for (Map.Entry<UUID, Scorer.Change> e : changes.entrySet()) {
            Scorer.Change c = e.getValue();
            ids[i] = Ids.next();
            leads[i] = e.getKey();
            previous[i] = c.previous();
            next[i] = c.next();
            reasons[i] = c.reason();
            rules[i] = c.ruleId();
            versions[i] = c.ruleVersion();
            i++;
        }
        db.execute(
                """
                INSERT INTO lead_score_history (organization_id, id, lead_id, at, previous, new, reason, rule_id, rule_version)
                SELECT {0}, v.id, v.lead_id, {8}, v.previous, v.new, v.reason, v.rule_id, v.rule_version
                FROM unnest({1}::uuid[], {2}::uuid[], {3}::int[], {4}::int[], {5}::text[], {6}::uuid[], {7}::int[])
                  AS v(id, lead_id, previous, new, reason, rule_id, rule_version)
                """,
                DSL.val(TenantContext.require().value()),
                DSL.val(ids),
                DSL.val(leads),
                DSL.val(previous),
                DSL.val(next),
                DSL.val(reasons),
                DSL.val(rules),
                DSL.val(versions),
                DSL.val(at.atOffset(ZoneOffset.UTC)));
    }

    /** A history row as read. */
    public record HistoryRow(
            UUID id,
            int previous,
            int next,
            String reason,
            @Nullable UUID ruleId,
            @Nullable Integer ruleVersion,
            Instant at) {}

    /** A lead's history, newest first, before the row {@code before}. */
    public List<HistoryRow> history(UUID lead, @Nullable UUID before, int limit) {
        return db.selectFrom(LEAD_SCORE_HISTORY)
                .where(LEAD_SCORE_HISTORY.LEAD_ID.eq(lead))
                .and(before == null ? DSL.noCondition() : LEAD_SCORE_HISTORY.ID.lt(before))
                .orderBy(LEAD_SCORE_HISTORY.ID.desc())
                .limit(limit)
                .fetch(r -> new HistoryRow(
                        r.getId(),
                        r.getPrevious(),
                        r.getNew(),
                        r.getReason(),
                        r.getRuleId(),
                        r.getRuleVersion(),
                        r.getAt().toInstant()));
    }

    private ScoreState toState(LeadScoresRecord r) {
        Base base = r.getBaseKind() == null
                ? null
                : new Base(
                        BaseKind.valueOf(r.getBaseKind().toUpperCase(java.util.Locale.ROOT)),
                        r.getBasePoints(),
                        r.getBaseReason() == null ? "" : r.getBaseReason(),
                        r.getBaseSince().toInstant());
        AnalysisSnapshot analysis =
                r.getAnalysis() == null ? null : json.readValue(r.getAnalysis().data(), AnalysisSnapshot.class);
        return new ScoreState(
                true,
                r.getScore(),
                Temperature.fromCode(r.getTemperature()),
                json.readValue(r.getComponents().data(), COMPONENTS),
                base,
                analysis,
                json.readValue(r.getFeatures().data(), FEATURES));
    }
}
