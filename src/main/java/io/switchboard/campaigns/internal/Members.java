package io.switchboard.campaigns.internal;

import static io.switchboard.db.Tables.CAMPAIGN_EXCLUSIONS;
import static io.switchboard.db.Tables.CAMPAIGN_MEMBERS;

import io.switchboard.campaigns.DialOrder;
import io.switchboard.campaigns.MemberStatus;
import io.switchboard.db.tables.records.CampaignMembersRecord;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep8;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Campaign members and the exclusions recorded for them: set-at-a-time statements. */
@Repository
public class Members {

    private final DSLContext db;

    Members(DSLContext db) {
        this.db = db;
    }

    /**
     * Adds these leads (lead → its score) as pending members; leads already in the campaign are
     * left as they are.
     */
    public int add(UUID campaign, Map<UUID, Integer> leads, Instant now) {
        if (leads.isEmpty()) {
            return 0;
        }
        Table<?> ids = DSL.table(
                        "unnest({0}::uuid[], {1}::int[])",
                        DSL.val(leads.keySet().toArray(UUID[]::new)),
                        DSL.val(leads.values().toArray(Integer[]::new)))
                .as("l", "lead_id", "score");
        return db.insertInto(
                        CAMPAIGN_MEMBERS,
                        CAMPAIGN_MEMBERS.ORGANIZATION_ID,
                        CAMPAIGN_MEMBERS.CAMPAIGN_ID,
                        CAMPAIGN_MEMBERS.LEAD_ID,
                        CAMPAIGN_MEMBERS.SCORE,
                        CAMPAIGN_MEMBERS.NEXT_ATTEMPT_AT)
                .select(DSL.select(
                                DSL.val(TenantContext.require().value()),
                                DSL.val(campaign),
                                DSL.field(DSL.name("l", "lead_id"), UUID.class),
                                DSL.field(DSL.name("l", "score"), Integer.class),
                                DSL.val(at(now)))
                        .from(ids))
                .onConflictDoNothing()
                .execute();
    }

    /**
     * Members due for a call, locked (others skip them): the highest-scored first (ties: the longest
     * due), or the longest due first.
     */
    public List<UUID> claimDue(UUID campaign, DialOrder order, Instant now, int limit) {
        return db.select(CAMPAIGN_MEMBERS.LEAD_ID)
                .from(CAMPAIGN_MEMBERS)
                .where(
                        CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign),
                        CAMPAIGN_MEMBERS.STATUS.eq(MemberStatus.PENDING.toString()),
                        CAMPAIGN_MEMBERS.NEXT_ATTEMPT_AT.le(at(now)))
                .orderBy(
                        order == DialOrder.SCORE_DESC
                                ? List.of(CAMPAIGN_MEMBERS.SCORE.desc(), CAMPAIGN_MEMBERS.NEXT_ATTEMPT_AT.asc())
                                : List.of(CAMPAIGN_MEMBERS.NEXT_ATTEMPT_AT.asc()))
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(CAMPAIGN_MEMBERS.LEAD_ID);
    }

    /** Leads' new scores (lead → score) for every campaign they are a member of. */
    public void rescore(Map<UUID, Integer> scores) {
        if (scores.isEmpty()) {
            return;
        }
        Table<?> v = DSL.table(
                        "unnest({0}::uuid[], {1}::int[])",
                        DSL.val(scores.keySet().toArray(UUID[]::new)),
                        DSL.val(scores.values().toArray(Integer[]::new)))
                .as("v", "lead_id", "score");
        db.update(CAMPAIGN_MEMBERS)
                .set(CAMPAIGN_MEMBERS.SCORE, DSL.field(DSL.name("v", "score"), Integer.class))
                .from(v)
                .where(CAMPAIGN_MEMBERS.LEAD_ID.eq(DSL.field(DSL.name("v", "lead_id"), UUID.class)))
                .and(CAMPAIGN_MEMBERS.SCORE.ne(DSL.field(DSL.name("v", "score"), Integer.class)))
                .execute();
    }

    /** Members with a call in flight, by campaign (the organization's, or one campaign's). */
    public Map<UUID, Integer> calling() {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        db.select(CAMPAIGN_MEMBERS.CAMPAIGN_ID, DSL.count())
                .from(CAMPAIGN_MEMBERS)
                .where(CAMPAIGN_MEMBERS.STATUS.eq(MemberStatus.CALLING.toString()))
                .groupBy(CAMPAIGN_MEMBERS.CAMPAIGN_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    public boolean anyOpen(UUID campaign) {
        return db.fetchExists(
                CAMPAIGN_MEMBERS,
                CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign),
                CAMPAIGN_MEMBERS.STATUS.in(MemberStatus.PENDING.toString(), MemberStatus.CALLING.toString()));
    }

    public boolean any(UUID campaign) {
        return db.fetchExists(CAMPAIGN_MEMBERS, CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign));
    }

    /** The dialer queued a call for each of these members (lead → call). */
    public void calling(UUID campaign, Map<UUID, UUID> calls, Instant now) {
        if (calls.isEmpty()) {
            return;
        }
        Table<?> v = DSL.table(
                        "unnest({0}::uuid[], {1}::uuid[])",
                        DSL.val(calls.keySet().toArray(UUID[]::new)),
                        DSL.val(calls.values().toArray(UUID[]::new)))
                .as("v", "lead_id", "call_id");
        db.update(CAMPAIGN_MEMBERS)
                .set(CAMPAIGN_MEMBERS.STATUS, MemberStatus.CALLING.toString())
                .set(CAMPAIGN_MEMBERS.ATTEMPTS, CAMPAIGN_MEMBERS.ATTEMPTS.plus(1))
                .set(CAMPAIGN_MEMBERS.LAST_CALL_ID, DSL.field(DSL.name("v", "call_id"), UUID.class))
                .set(CAMPAIGN_MEMBERS.CALLING_SINCE, at(now))
                .from(v)
                .where(
                        CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign),
                        CAMPAIGN_MEMBERS.LEAD_ID.eq(DSL.field(DSL.name("v", "lead_id"), UUID.class)))
                .execute();
    }

    /** Excludes these members for good, with the reason. */
    public void exclude(UUID campaign, Collection<UUID> leads, String reason) {
        if (leads.isEmpty()) {
            return;
        }
        db.update(CAMPAIGN_MEMBERS)
                .set(CAMPAIGN_MEMBERS.STATUS, MemberStatus.EXCLUDED.toString())
                .set(CAMPAIGN_MEMBERS.EXCLUSION_REASON, reason)
                .where(CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign), CAMPAIGN_MEMBERS.LEAD_ID.in(leads))
                .execute();
    }

    /** Moves these pending members' next attempt (lead → when). */
    public void defer(UUID campaign, Map<UUID, Instant> until) {
        if (until.isEmpty()) {
            return;
        }
        Table<?> v = DSL.table(
                        "unnest({0}::uuid[], {1}::timestamptz[])",
                        DSL.val(until.keySet().toArray(UUID[]::new)),
                        DSL.val(until.values().stream().map(Members::at).toArray(OffsetDateTime[]::new)))
                .as("v", "lead_id", "at");
        db.update(CAMPAIGN_MEMBERS)
                .set(CAMPAIGN_MEMBERS.NEXT_ATTEMPT_AT, DSL.field(DSL.name("v", "at"), OffsetDateTime.class))
                .from(v)
                .where(
                        CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign),
                        CAMPAIGN_MEMBERS.LEAD_ID.eq(DSL.field(DSL.name("v", "lead_id"), UUID.class)))
                .execute();
    }

    /** One exclusion row per refusal: reason, every reason, and whether it passes with time. */
    public record Refusal(UUID lead, String reason, List<String> reasons, @Nullable Instant nextAllowedAt) {}

    public void record(UUID campaign, List<Refusal> refusals, Instant now) {
        if (refusals.isEmpty()) {
            return;
        }
        UUID organization = TenantContext.require().value();
        InsertValuesStep8<?, UUID, UUID, UUID, UUID, String, String[], String, OffsetDateTime> insert = db.insertInto(
                CAMPAIGN_EXCLUSIONS,
                CAMPAIGN_EXCLUSIONS.ORGANIZATION_ID,
                CAMPAIGN_EXCLUSIONS.ID,
                CAMPAIGN_EXCLUSIONS.CAMPAIGN_ID,
                CAMPAIGN_EXCLUSIONS.LEAD_ID,
                CAMPAIGN_EXCLUSIONS.REASON,
                CAMPAIGN_EXCLUSIONS.REASONS,
                CAMPAIGN_EXCLUSIONS.OUTCOME,
                CAMPAIGN_EXCLUSIONS.NEXT_ALLOWED_AT);
        for (Refusal r : refusals) {
            insert = insert.values(
                    organization,
                    Ids.next(),
                    campaign,
                    r.lead(),
                    r.reason(),
                    r.reasons().toArray(String[]::new),
                    r.nextAllowedAt() == null ? "excluded" : "deferred",
                    r.nextAllowedAt() == null ? null : at(r.nextAllowedAt()));
        }
        insert.execute();
    }

    public Optional<CampaignMembersRecord> lock(UUID campaign, UUID lead) {
        return db.selectFrom(CAMPAIGN_MEMBERS)
                .where(CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign), CAMPAIGN_MEMBERS.LEAD_ID.eq(lead))
                .forUpdate()
                .fetchOptional();
    }

    /** A lead's members in these statuses, locked (a conversion moves them). */
    public List<CampaignMembersRecord> lockOfLead(UUID lead, Collection<String> statuses) {
        return db.selectFrom(CAMPAIGN_MEMBERS)
                .where(CAMPAIGN_MEMBERS.LEAD_ID.eq(lead), CAMPAIGN_MEMBERS.STATUS.in(statuses))
                .forUpdate()
                .fetch();
    }

    /** Members "calling" since before this moment, locked, for a check of their call. */
    public List<CampaignMembersRecord> stuck(Instant before, int limit) {
        return db.selectFrom(CAMPAIGN_MEMBERS)
                .where(
                        CAMPAIGN_MEMBERS.STATUS.eq(MemberStatus.CALLING.toString()),
                        CAMPAIGN_MEMBERS.CALLING_SINCE.lt(at(before)))
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch();
    }

    public Map<String, Integer> countByStatus(UUID campaign) {
        return counts(CAMPAIGN_MEMBERS.STATUS, CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign));
    }

    public Map<String, Integer> exclusionsByReason(UUID campaign) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        db.select(CAMPAIGN_EXCLUSIONS.REASON, DSL.count())
                .from(CAMPAIGN_EXCLUSIONS)
                .where(CAMPAIGN_EXCLUSIONS.CAMPAIGN_ID.eq(campaign))
                .groupBy(CAMPAIGN_EXCLUSIONS.REASON)
                .orderBy(DSL.count().desc(), CAMPAIGN_EXCLUSIONS.REASON)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** The latest exclusions of a campaign, newest first, optionally of one reason. */
    public List<io.switchboard.db.tables.records.CampaignExclusionsRecord> exclusions(
            UUID campaign, @Nullable String reason, @Nullable UUID before, int limit) {
        var where = CAMPAIGN_EXCLUSIONS.CAMPAIGN_ID.eq(campaign);
        if (reason != null) {
            where = where.and(CAMPAIGN_EXCLUSIONS.REASON.eq(reason));
        }
        if (before != null) {
            where = where.and(CAMPAIGN_EXCLUSIONS.ID.lt(before));
        }
        return db.selectFrom(CAMPAIGN_EXCLUSIONS)
                .where(where)
                .orderBy(CAMPAIGN_EXCLUSIONS.ID.desc())
                .limit(limit + 1)
                .fetch();
    }

    /** Members of a campaign, optionally of one status, by lead id. */
    public List<CampaignMembersRecord> list(UUID campaign, @Nullable String status, @Nullable UUID after, int limit) {
        var where = CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign);
        if (status != null) {
            where = where.and(CAMPAIGN_MEMBERS.STATUS.eq(status));
        }
        if (after != null) {
            where = where.and(CAMPAIGN_MEMBERS.LEAD_ID.lt(after));
        }
        return db.selectFrom(CAMPAIGN_MEMBERS)
                .where(where)
                .orderBy(CAMPAIGN_MEMBERS.LEAD_ID.desc())
                .limit(limit + 1)
                .fetch();
    }

    private Map<String, Integer> counts(Field<String> key, org.jooq.Condition where) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        db.select(key, DSL.count())
                .from(CAMPAIGN_MEMBERS)
                .where(where)
                .groupBy(key)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
