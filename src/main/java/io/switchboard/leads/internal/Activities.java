package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEAD_ACTIVITIES;

import io.switchboard.leads.ActivityKind;
import io.switchboard.leads.Engagement;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.TimelineEntry;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The lead activity timeline (a monthly-partitioned table). */
@Repository
public class Activities {

    private final DSLContext db;
    private final JsonMapper json;

    Activities(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public void record(
            LeadId lead, ActivityKind kind, @Nullable UUID actor, String summary, Map<String, Object> details) {
        record(lead, kind, actor, summary, details, Instant.now());
    }

    public void record(
            LeadId lead,
            ActivityKind kind,
            @Nullable UUID actor,
            String summary,
            Map<String, Object> details,
            Instant at) {
        db.insertInto(LEAD_ACTIVITIES)
                .set(LEAD_ACTIVITIES.ORGANIZATION_ID, TenantContext.require().value())
                .set(LEAD_ACTIVITIES.ID, Ids.next())
                .set(LEAD_ACTIVITIES.LEAD_ID, lead.value())
                .set(LEAD_ACTIVITIES.OCCURRED_AT, at.atOffset(ZoneOffset.UTC))
                .set(LEAD_ACTIVITIES.KIND, kind.toString())
                .set(LEAD_ACTIVITIES.ACTOR_ID, actor)
                .set(LEAD_ACTIVITIES.SUMMARY, summary(summary))
                .set(LEAD_ACTIVITIES.DETAILS, JSONB.valueOf(json.writeValueAsString(details)))
                .execute();
    }

    /** A timeline entry to record (see {@link #recordAll}). */
    public record NewActivity(
            LeadId lead, ActivityKind kind, String summary, Map<String, Object> details, Instant at) {}

    /** Records several system entries (no actor) in one statement. */
    public void recordAll(List<NewActivity> entries) {
        if (entries.isEmpty()) {
            return;
        }
        UUID organization = TenantContext.require().value();
        var insert = db.insertInto(
                LEAD_ACTIVITIES,
                LEAD_ACTIVITIES.ORGANIZATION_ID,
                LEAD_ACTIVITIES.ID,
                LEAD_ACTIVITIES.LEAD_ID,
                LEAD_ACTIVITIES.OCCURRED_AT,
                LEAD_ACTIVITIES.KIND,
                LEAD_ACTIVITIES.SUMMARY,
                LEAD_ACTIVITIES.DETAILS);
        for (NewActivity entry : entries) {
            insert = insert.values(
                    organization,
                    Ids.next(),
                    entry.lead().value(),
                    entry.at().atOffset(ZoneOffset.UTC),
                    entry.kind().toString(),
                    summary(entry.summary()),
                    JSONB.valueOf(json.writeValueAsString(entry.details())));
        }
        insert.execute();
    }

    private static String summary(String summary) {
        return summary.length() > 1000 ? summary.substring(0, 1000) : summary;
    }

    /** Newest first; {@code before} is the last entry of the previous page. */
    public List<TimelineEntry> timeline(LeadId lead, @Nullable UUID before, int limit) {
        return db.selectFrom(LEAD_ACTIVITIES)
                .where(LEAD_ACTIVITIES.LEAD_ID.eq(lead.value()))
                .and(before == null ? org.jooq.impl.DSL.noCondition() : LEAD_ACTIVITIES.ID.lt(before))
                .orderBy(LEAD_ACTIVITIES.ID.desc())
                .limit(limit + 1)
                .fetch(r -> new TimelineEntry(
                        r.getId(),
                        r.getOccurredAt().toInstant(),
                        ActivityKind.fromCode(r.getKind()),
                        r.getActorId(),
                        r.getSummary(),
                        json.readValue(r.getDetails().data(), new TypeReference<Map<String, Object>>() {})));
    }

    /** Calls, hand-overs to a human and completed tasks of these leads since {@code since} (all when null). */
    public List<Engagement> engagements(Collection<UUID> leads, @Nullable Instant since) {
        return db.select(
                        LEAD_ACTIVITIES.LEAD_ID,
                        LEAD_ACTIVITIES.KIND,
                        DSL.field("{0} ->> 'status'", String.class, LEAD_ACTIVITIES.DETAILS),
                        LEAD_ACTIVITIES.OCCURRED_AT)
                .from(LEAD_ACTIVITIES)
                .where(LEAD_ACTIVITIES.LEAD_ID.eq(DSL.any(leads.toArray(UUID[]::new))))
                .and(LEAD_ACTIVITIES.KIND.in(
                        ActivityKind.CALL.toString(),
                        ActivityKind.TRANSFERRED.toString(),
                        ActivityKind.TASK_COMPLETED.toString()))
                .and(since == null ? DSL.noCondition() : LEAD_ACTIVITIES.OCCURRED_AT.ge(since.atOffset(ZoneOffset.UTC)))
                .fetch(r -> new Engagement(
                        LeadId.of(r.value1()),
                        ActivityKind.fromCode(r.value2()),
                        r.value3(),
                        r.value4().toInstant()));
    }

    /** A merge keeps the history of both leads: the duplicate's entries move to the survivor. */
    public int move(LeadId from, LeadId to) {
        return db.update(LEAD_ACTIVITIES)
                .set(LEAD_ACTIVITIES.LEAD_ID, to.value())
                .where(LEAD_ACTIVITIES.LEAD_ID.eq(from.value()))
                .execute();
    }
}
