package io.switchboard.analytics.internal;

import static io.switchboard.db.Tables.ANALYTICS_CALLS;
import static io.switchboard.db.Tables.ANALYTICS_LEADS;

import io.switchboard.analytics.QualifiedLeadFilter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The leads {@code leads_qualified} counts, read from the same facts the rollup counts them from: a
 * live lead with at least one call whose outcome is hot or warm. No other module can answer it (the
 * lead list knows no call outcomes, the call analyses know no lead's owner or source), so the drill
 * list of that figure is served here.
 */
@Repository
public class QualifiedLeadFacts {

    private static final List<String> QUALIFYING = List.of("hot", "warm");

    private final DSLContext db;

    QualifiedLeadFacts(DSLContext db) {
        this.db = db;
    }

    /** One lead counted: its fact as kept now and its qualifying calls (hot ones apart). */
    public record Row(
            UUID leadId,
            Instant createdAt,
            String source,
            @Nullable UUID ownerId,
            String status,
            int qualifyingCalls,
            int hotCalls) {}

    /**
     * Up to {@code limit} leads after {@code after} in id order.
     *
     * @param within the only leads the caller may see; null: every lead
     */
    public List<Row> page(
            QualifiedLeadFilter filter, @Nullable Collection<UUID> within, @Nullable UUID after, int limit) {
        var hot = DSL.count().filterWhere(ANALYTICS_CALLS.QUALIFICATION.eq("hot"));
        return db.select(
                        ANALYTICS_LEADS.LEAD_ID,
                        ANALYTICS_LEADS.CREATED_AT,
                        ANALYTICS_LEADS.SOURCE,
                        ANALYTICS_LEADS.OWNER_ID,
                        ANALYTICS_LEADS.STATUS,
                        DSL.count(),
                        hot)
                .from(ANALYTICS_LEADS)
                .join(ANALYTICS_CALLS)
                .on(ANALYTICS_CALLS.ORGANIZATION_ID.eq(ANALYTICS_LEADS.ORGANIZATION_ID))
                .and(ANALYTICS_CALLS.LEAD_ID.eq(ANALYTICS_LEADS.LEAD_ID))
                .and(ANALYTICS_CALLS.QUALIFICATION.in(QUALIFYING))
                .where(condition(filter, within))
                .and(after == null ? DSL.noCondition() : ANALYTICS_LEADS.LEAD_ID.gt(after))
                .groupBy(ANALYTICS_LEADS.ORGANIZATION_ID, ANALYTICS_LEADS.LEAD_ID)
                .orderBy(ANALYTICS_LEADS.LEAD_ID)
                .limit(limit)
                .fetch(r -> new Row(
                        r.value1(),
                        r.value2().toInstant(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7()));
    }

    private static Condition condition(QualifiedLeadFilter f, @Nullable Collection<UUID> within) {
        Condition c = ANALYTICS_LEADS.CREATED_AT.ge(f.createdAfter().atOffset(ZoneOffset.UTC));
        c = c.and(ANALYTICS_LEADS.CREATED_AT.lt(f.createdBefore().atOffset(ZoneOffset.UTC)));
        if (!f.ownerIds().isEmpty()) {
            c = c.and(ANALYTICS_LEADS.OWNER_ID.in(f.ownerIds()));
        }
        if (f.source() != null) {
            c = c.and(ANALYTICS_LEADS.SOURCE.eq(f.source()));
        }
        if (f.vendorId() != null) {
            c = c.and(ANALYTICS_LEADS.VENDOR_ID.eq(f.vendorId()));
        }
        if (f.marketingCampaignId() != null) {
            c = c.and(ANALYTICS_LEADS.MARKETING_CAMPAIGN_ID.eq(f.marketingCampaignId()));
        }
        if (within != null) {
            c = c.and(ANALYTICS_LEADS.LEAD_ID.eq(DSL.any(within.toArray(UUID[]::new))));
        }
        return c;
    }
}
