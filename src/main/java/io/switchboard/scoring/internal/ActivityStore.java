package io.switchboard.scoring.internal;

import static io.switchboard.db.Tables.LEAD_SCORE_EVENTS;

import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The activity scoring records itself (analysed calls), once per source event: {@code event_key}
 * names it, and a key seen before is not recorded again.
 */
@Repository
public class ActivityStore {

    private final DSLContext db;

    ActivityStore(DSLContext db) {
        this.db = db;
    }

    /** @return whether it was new (false: this event was recorded before and changes nothing) */
    public boolean record(UUID lead, Activity kind, Instant at, String key) {
        return db.insertInto(LEAD_SCORE_EVENTS)
                        .set(
                                LEAD_SCORE_EVENTS.ORGANIZATION_ID,
                                TenantContext.require().value())
                        .set(LEAD_SCORE_EVENTS.ID, Ids.next())
                        .set(LEAD_SCORE_EVENTS.LEAD_ID, lead)
                        .set(LEAD_SCORE_EVENTS.KIND, kind.toString())
                        .set(LEAD_SCORE_EVENTS.OCCURRED_AT, at.atOffset(ZoneOffset.UTC))
                        .set(LEAD_SCORE_EVENTS.EVENT_KEY, key)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    /** A re-analysis replaces what the call's analysis said. */
    public void replace(UUID lead, Activity kind, Instant at, String key) {
        db.insertInto(LEAD_SCORE_EVENTS)
                .set(LEAD_SCORE_EVENTS.ORGANIZATION_ID, TenantContext.require().value())
                .set(LEAD_SCORE_EVENTS.ID, Ids.next())
                .set(LEAD_SCORE_EVENTS.LEAD_ID, lead)
                .set(LEAD_SCORE_EVENTS.KIND, kind.toString())
                .set(LEAD_SCORE_EVENTS.OCCURRED_AT, at.atOffset(ZoneOffset.UTC))
                .set(LEAD_SCORE_EVENTS.EVENT_KEY, key)
                .onConflict(LEAD_SCORE_EVENTS.ORGANIZATION_ID, LEAD_SCORE_EVENTS.EVENT_KEY)
                .doUpdate()
                .set(LEAD_SCORE_EVENTS.KIND, kind.toString())
                .set(LEAD_SCORE_EVENTS.OCCURRED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** These leads' recorded activity since {@code since} (all when null), by lead. */
    public Map<UUID, List<ActivityEvent>> of(Collection<UUID> leads, @Nullable Instant since) {
        Map<UUID, List<ActivityEvent>> byLead = new HashMap<>();
        db.select(LEAD_SCORE_EVENTS.LEAD_ID, LEAD_SCORE_EVENTS.KIND, LEAD_SCORE_EVENTS.OCCURRED_AT)
                .from(LEAD_SCORE_EVENTS)
                .where(LEAD_SCORE_EVENTS.LEAD_ID.eq(DSL.any(leads.toArray(UUID[]::new))))
                .and(
                        since == null
                                ? DSL.noCondition()
                                : LEAD_SCORE_EVENTS.OCCURRED_AT.ge(since.atOffset(ZoneOffset.UTC)))
                .forEach(r -> byLead.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new ActivityEvent(
                                Activity.fromCode(r.value2()), r.value3().toInstant())));
        return byLead;
    }

    /** A merge brings the merged lead's activity to the survivor. */
    public void move(UUID from, UUID to) {
        db.update(LEAD_SCORE_EVENTS)
                .set(LEAD_SCORE_EVENTS.LEAD_ID, to)
                .where(LEAD_SCORE_EVENTS.LEAD_ID.eq(from))
                .execute();
    }
}
