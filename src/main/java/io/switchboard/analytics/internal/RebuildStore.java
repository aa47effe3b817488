package io.switchboard.analytics.internal;

import static io.switchboard.db.Tables.ANALYTICS_REBUILDS;

import io.switchboard.analytics.DayRange;
import io.switchboard.analytics.Rebuild;
import io.switchboard.db.tables.records.AnalyticsRebuildsRecord;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Rebuilds and their progress. */
@Repository
public class RebuildStore {

    private final DSLContext db;

    RebuildStore(DSLContext db) {
        this.db = db;
    }

    public Rebuild start(DayRange range, @Nullable UUID actor) {
        AnalyticsRebuildsRecord r = db.newRecord(ANALYTICS_REBUILDS);
        r.setOrganizationId(TenantContext.require().value());
        r.setId(Ids.next());
        r.setFromDay(range.from());
        r.setToDay(range.to());
        r.setRequestedBy(actor);
        r.store();
        r.refresh();
        return toRebuild(r);
    }

    Optional<AnalyticsRebuildsRecord> lock(UUID id) {
        return db.selectFrom(ANALYTICS_REBUILDS)
                .where(ANALYTICS_REBUILDS.ID.eq(id))
                .forUpdate()
                .fetchOptional();
    }

    public Optional<Rebuild> find(UUID id) {
        return db.selectFrom(ANALYTICS_REBUILDS)
                .where(ANALYTICS_REBUILDS.ID.eq(id))
                .fetchOptional(RebuildStore::toRebuild);
    }

    static Rebuild toRebuild(AnalyticsRebuildsRecord r) {
        OffsetDateTime finished = r.getFinishedAt();
        return new Rebuild(
                r.getId(),
                r.getStatus(),
                r.getFromDay(),
                r.getToDay(),
                r.getPhase(),
                r.getLeadsDone(),
                r.getCallsDone(),
                r.getStartedAt().toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
