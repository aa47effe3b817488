package io.switchboard.scoring.internal;

import static io.switchboard.db.Tables.SCORING_RECOMPUTES;

import io.switchboard.db.tables.records.ScoringRecomputesRecord;
import io.switchboard.scoring.Recompute;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Bulk recomputes and their progress. */
@Repository
public class RecomputeStore {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String SUPERSEDED = "superseded";

    private final DSLContext db;

    RecomputeStore(DSLContext db) {
        this.db = db;
    }

    public Recompute start(String reason, @Nullable UUID importId, int total, @Nullable UUID actor) {
        ScoringRecomputesRecord r = db.newRecord(SCORING_RECOMPUTES);
        r.setOrganizationId(TenantContext.require().value());
        r.setId(Ids.next());
        r.setReason(reason.length() > 300 ? reason.substring(0, 300) : reason);
        r.setImportId(importId);
        r.setTotal(total);
        r.setRequestedBy(actor);
        r.store();
        r.refresh();
        return toRecompute(r);
    }

    /** Whether a newer recompute of every lead runs (this one is then superseded). */
    public boolean supersededBy(ScoringRecomputesRecord r) {
        return db.fetchExists(
                SCORING_RECOMPUTES,
                SCORING_RECOMPUTES.STATUS.eq(RUNNING),
                SCORING_RECOMPUTES.IMPORT_ID.isNull(),
                SCORING_RECOMPUTES.ID.gt(r.getId()));
    }

    /** Whether a recompute runs (of every lead only, when {@code fullOnly}). */
    public boolean anyRunning(boolean fullOnly) {
        return db.fetchExists(
                SCORING_RECOMPUTES,
                SCORING_RECOMPUTES.STATUS.eq(RUNNING),
                fullOnly ? SCORING_RECOMPUTES.IMPORT_ID.isNull() : org.jooq.impl.DSL.noCondition());
    }

    public Optional<ScoringRecomputesRecord> lock(UUID id) {
        return db.selectFrom(SCORING_RECOMPUTES)
                .where(SCORING_RECOMPUTES.ID.eq(id))
                .forUpdate()
                .fetchOptional();
    }

    public Optional<Recompute> find(UUID id) {
        return db.selectFrom(SCORING_RECOMPUTES)
                .where(SCORING_RECOMPUTES.ID.eq(id))
                .fetchOptional(RecomputeStore::toRecompute);
    }

    public List<Recompute> latest(int limit) {
        return db.selectFrom(SCORING_RECOMPUTES)
                .orderBy(SCORING_RECOMPUTES.ID.desc())
                .limit(limit)
                .fetch(RecomputeStore::toRecompute);
    }

    public static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public static Recompute toRecompute(ScoringRecomputesRecord r) {
        return new Recompute(
                r.getId(),
                r.getStatus(),
                r.getReason(),
                r.getTotal(),
                r.getProcessed(),
                r.getChanged(),
                Recompute.percent(r.getStatus(), r.getTotal(), r.getProcessed()),
                r.getStartedAt().toInstant(),
                r.getFinishedAt() == null ? null : r.getFinishedAt().toInstant());
    }
}
