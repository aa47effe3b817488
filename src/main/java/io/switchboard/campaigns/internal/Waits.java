package io.switchboard.campaigns.internal;

import static io.switchboard.db.Tables.CAMPAIGN_EXCLUSIONS;
import static io.switchboard.db.Tables.CAMPAIGN_MEMBERS;

import io.switchboard.campaigns.MemberStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The pending members a campaign cannot call yet, by why: what its monitor says it waits for. */
@Repository
public class Waits {

    /** Members waiting for a retry after an unanswered call (no refusal put them back). */
    public static final String RETRY = "retry";

    private final DSLContext db;

    Waits(DSLContext db) {
        this.db = db;
    }

    /** How many pending members wait for one reason, and the earliest of their next attempts. */
    public record Wait(String reason, int members, Instant next) {}

    /**
     * The pending members not due yet, grouped by the refusal that deferred them: the latest
     * deferral recorded for the member whose "next allowed" is the member's next attempt. A member
     * deferred by no refusal waits for its retry.
     */
    public List<Wait> of(UUID campaign, Instant now) {
        var latest = db.select(
                        CAMPAIGN_EXCLUSIONS.LEAD_ID, CAMPAIGN_EXCLUSIONS.REASON, CAMPAIGN_EXCLUSIONS.NEXT_ALLOWED_AT)
                .distinctOn(CAMPAIGN_EXCLUSIONS.LEAD_ID)
                .from(CAMPAIGN_EXCLUSIONS)
                .where(
                        CAMPAIGN_EXCLUSIONS.CAMPAIGN_ID.eq(campaign),
                        CAMPAIGN_EXCLUSIONS.OUTCOME.eq("deferred"),
                        CAMPAIGN_EXCLUSIONS.NEXT_ALLOWED_AT.gt(Members.at(now)))
                .orderBy(CAMPAIGN_EXCLUSIONS.LEAD_ID, CAMPAIGN_EXCLUSIONS.ID.desc())
                .asTable("e");
        Field<String> reason = DSL.coalesce(latest.field(CAMPAIGN_EXCLUSIONS.REASON), DSL.inline(RETRY));
        Field<@Nullable OffsetDateTime> next = DSL.min(CAMPAIGN_MEMBERS.NEXT_ATTEMPT_AT);
        return db.select(reason, DSL.count(), next)
                .from(CAMPAIGN_MEMBERS)
                .leftJoin(latest)
                .on(
                        latest.field(CAMPAIGN_EXCLUSIONS.LEAD_ID).eq(CAMPAIGN_MEMBERS.LEAD_ID),
                        latest.field(CAMPAIGN_EXCLUSIONS.NEXT_ALLOWED_AT).eq(CAMPAIGN_MEMBERS.NEXT_ATTEMPT_AT))
                .where(
                        CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign),
                        CAMPAIGN_MEMBERS.STATUS.eq(MemberStatus.PENDING.toString()),
                        CAMPAIGN_MEMBERS.NEXT_ATTEMPT_AT.gt(Members.at(now)))
                .groupBy(reason)
                .orderBy(DSL.count().desc(), reason)
                .fetch(r -> new Wait(r.value1(), r.value2(), r.value3().toInstant()));
    }
}
