package io.switchboard.analytics.internal;

import static io.switchboard.db.Tables.ANALYTICS_CALLS;
import static io.switchboard.db.Tables.ANALYTICS_LEADS;
import static io.switchboard.db.Tables.ANALYTICS_STALE_DAYS;

import io.switchboard.db.tables.records.AnalyticsCallsRecord;
import io.switchboard.shared.TenantContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The facts analytics keeps (one row per ended call, one per live lead) and the days waiting to be
 * rolled up. Every write answers the days whose figures it may change: the fact's old and new day,
 * and the days that read it through its lead (speed to lead, conversions, a call's source).
 */
@Repository
class FactStore {

    private final DSLContext db;

    FactStore(DSLContext db) {
        this.db = db;
    }

    Set<LocalDate> putCall(CallFact f) {
        Set<LocalDate> days = new TreeSet<>(db.select(ANALYTICS_CALLS.DAY)
                .from(ANALYTICS_CALLS)
                .where(ANALYTICS_CALLS.CALL_ID.eq(f.callId()))
                .fetch(ANALYTICS_CALLS.DAY));
        days.add(f.day());
        var r = record(f);
        db.insertInto(ANALYTICS_CALLS)
                .set(r)
                .onConflict(ANALYTICS_CALLS.ORGANIZATION_ID, ANALYTICS_CALLS.CALL_ID)
                .doUpdate()
                .set(r)
                .execute();
        if (f.leadId() != null) {
            // The lead's creation day (speed to lead, qualified) and its other calls' days (which
            // call is its last answered one, that its won value counts for).
            days.addAll(dependingOnLead(f.leadId()));
        }
        return days;
    }

    private AnalyticsCallsRecord record(CallFact f) {
        var r = db.newRecord(ANALYTICS_CALLS);
        r.setOrganizationId(TenantContext.require().value());
        r.setCallId(f.callId());
        r.setDay(f.day());
        r.setPlacedAt(at(f.placedAt()));
        r.setDirection(f.direction());
        r.setStatus(f.status());
        r.setLeadId(f.leadId());
        r.setCampaignId(f.campaignId());
        r.setAiAgentId(f.aiAgentId());
        r.setUserId(f.userId());
        r.setPhoneNumberId(f.phoneNumberId());
        r.setAnswered(f.answered());
        r.setTransferred(f.transferred());
        r.setTalkSeconds(f.talkSeconds());
        r.setCreditsMinor(f.creditsMinor());
        r.setQualification(f.qualification());
        r.setScore(f.score());
        return r;
    }

    Set<LocalDate> putLead(LeadFact f) {
        Set<LocalDate> days = dependingOnLead(f.leadId());
        days.add(f.day());
        var r = db.newRecord(ANALYTICS_LEADS);
        r.setOrganizationId(TenantContext.require().value());
        r.setLeadId(f.leadId());
        r.setDay(f.day());
        r.setCreatedAt(at(f.createdAt()));
        r.setSource(f.source());
        r.setVendorId(f.vendorId());
        r.setMarketingCampaignId(f.marketingCampaignId());
        r.setOwnerId(f.ownerId());
        r.setStatus(f.status());
        r.setValueMinor(f.valueMinor());
        r.setCurrency(f.currency());
        db.insertInto(ANALYTICS_LEADS)
                .set(r)
                .onConflict(ANALYTICS_LEADS.ORGANIZATION_ID, ANALYTICS_LEADS.LEAD_ID)
                .doUpdate()
                .set(r)
                .execute();
        return days;
    }

    Set<LocalDate> removeLead(UUID lead) {
        Set<LocalDate> days = dependingOnLead(lead);
        db.deleteFrom(ANALYTICS_LEADS).where(ANALYTICS_LEADS.LEAD_ID.eq(lead)).execute();
        return days;
    }

    /** Drops the facts of calls placed and leads created in [from, to] before a rebuild writes them again. */
    Set<LocalDate> clear(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new TreeSet<>(db.selectDistinct(ANALYTICS_LEADS.DAY)
                .from(ANALYTICS_LEADS)
                .where(ANALYTICS_LEADS.DAY.between(from, to))
                .fetch(ANALYTICS_LEADS.DAY));
        days.addAll(db.selectDistinct(ANALYTICS_CALLS.DAY)
                .from(ANALYTICS_CALLS)
                .join(ANALYTICS_LEADS)
                .on(ANALYTICS_LEADS.LEAD_ID.eq(ANALYTICS_CALLS.LEAD_ID))
                .where(ANALYTICS_LEADS.DAY.between(from, to))
                .fetch(ANALYTICS_CALLS.DAY));
        days.addAll(db.selectDistinct(ANALYTICS_LEADS.DAY)
                .from(ANALYTICS_LEADS)
                .join(ANALYTICS_CALLS)
                .on(ANALYTICS_CALLS.LEAD_ID.eq(ANALYTICS_LEADS.LEAD_ID))
                .where(ANALYTICS_CALLS.DAY.between(from, to))
                .fetch(ANALYTICS_LEADS.DAY));
        db.deleteFrom(ANALYTICS_LEADS)
                .where(ANALYTICS_LEADS.DAY.between(from, to))
                .execute();
        db.deleteFrom(ANALYTICS_CALLS)
                .where(ANALYTICS_CALLS.DAY.between(from, to))
                .execute();
        return days;
    }

    /** The days from {@code from} on (null: all) of the leads a vendor delivered: their spend follows its price. */
    Set<LocalDate> vendorDays(UUID vendor, @Nullable LocalDate from) {
        return new TreeSet<>(db.selectDistinct(ANALYTICS_LEADS.DAY)
                .from(ANALYTICS_LEADS)
                .where(ANALYTICS_LEADS.VENDOR_ID.eq(vendor))
                .and(from == null ? DSL.noCondition() : ANALYTICS_LEADS.DAY.ge(from))
                .fetch(ANALYTICS_LEADS.DAY));
    }

    void markStale(Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        var insert =
                db.insertInto(ANALYTICS_STALE_DAYS, ANALYTICS_STALE_DAYS.ORGANIZATION_ID, ANALYTICS_STALE_DAYS.DAY);
        UUID organization = TenantContext.require().value();
        days.forEach(day -> insert.values(organization, day));
        insert.onConflict(ANALYTICS_STALE_DAYS.ORGANIZATION_ID, ANALYTICS_STALE_DAYS.DAY)
                .doUpdate()
                .set(ANALYTICS_STALE_DAYS.MARKED_AT, DSL.field("clock_timestamp()", OffsetDateTime.class))
                .execute();
    }

    record Stale(LocalDate day, OffsetDateTime markedAt) {}

    List<Stale> stale(int limit) {
        return db.selectFrom(ANALYTICS_STALE_DAYS)
                .orderBy(ANALYTICS_STALE_DAYS.DAY)
                .limit(limit)
                .fetch(r -> new Stale(r.getDay(), r.getMarkedAt()));
    }

    /** Clears the days rolled up, unless one was marked again meanwhile (it waits for the next run). */
    void rolledUp(List<Stale> days) {
        for (Stale s : days) {
            db.deleteFrom(ANALYTICS_STALE_DAYS)
                    .where(ANALYTICS_STALE_DAYS.DAY.eq(s.day()))
                    .and(ANALYTICS_STALE_DAYS.MARKED_AT.le(s.markedAt()))
                    .execute();
        }
    }

    boolean anyStale() {
        return db.fetchExists(ANALYTICS_STALE_DAYS);
    }

    private Set<LocalDate> dependingOnLead(UUID lead) {
        Set<LocalDate> days = new TreeSet<>(leadDays(lead));
        days.addAll(db.selectDistinct(ANALYTICS_CALLS.DAY)
                .from(ANALYTICS_CALLS)
                .where(ANALYTICS_CALLS.LEAD_ID.eq(lead))
                .fetch(ANALYTICS_CALLS.DAY));
        return days;
    }

    private List<LocalDate> leadDays(UUID lead) {
        return db.select(ANALYTICS_LEADS.DAY)
                .from(ANALYTICS_LEADS)
                .where(ANALYTICS_LEADS.LEAD_ID.eq(lead))
                .fetch(ANALYTICS_LEADS.DAY);
    }

    private static @Nullable OffsetDateTime at(java.time.@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
