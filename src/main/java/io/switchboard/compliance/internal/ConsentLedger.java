package io.switchboard.compliance.internal;

import static io.switchboard.db.Tables.LEAD_CONSENTS;

import io.switchboard.compliance.Consent;
import io.switchboard.compliance.ConsentChannel;
import io.switchboard.compliance.ConsentId;
import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.NewConsent;
import io.switchboard.db.tables.records.LeadConsentsRecord;
import io.switchboard.leads.LeadId;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Consent entries per lead; revoking stamps an entry, nothing is ever deleted. */
@Repository
public class ConsentLedger {

    private final DSLContext db;

    ConsentLedger(DSLContext db) {
        this.db = db;
    }

    public Consent insert(LeadId lead, NewConsent consent, Instant obtainedAt, UUID recordedBy) {
        return db.insertInto(LEAD_CONSENTS)
                .set(LEAD_CONSENTS.ORGANIZATION_ID, TenantContext.require().value())
                .set(LEAD_CONSENTS.ID, ConsentId.generate().value())
                .set(LEAD_CONSENTS.LEAD_ID, lead.value())
                .set(LEAD_CONSENTS.SOURCE, consent.source().toString())
                .set(LEAD_CONSENTS.OBTAINED_AT, utc(obtainedAt))
                .set(LEAD_CONSENTS.EVIDENCE, consent.evidence())
                .set(LEAD_CONSENTS.EVIDENCE_URL, consent.evidenceUrl())
                .set(LEAD_CONSENTS.RECORDED_BY, recordedBy)
                .set(LEAD_CONSENTS.CHANNEL, consent.channel().toString())
                .set(LEAD_CONSENTS.PURPOSE, consent.purpose().toString())
                .returning()
                .fetchSingle(ConsentLedger::toConsent);
    }

    public Optional<Consent> find(LeadId lead, ConsentId id) {
        return db.selectFrom(LEAD_CONSENTS)
                .where(LEAD_CONSENTS.ID.eq(id.value()))
                .and(LEAD_CONSENTS.LEAD_ID.eq(lead.value()))
                .fetchOptional(ConsentLedger::toConsent);
    }

    /** Revokes an entry in force; empty when it was revoked already. */
    public Optional<Consent> revoke(ConsentId id, String reason, UUID by) {
        return db.update(LEAD_CONSENTS)
                .set(LEAD_CONSENTS.REVOKED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .set(LEAD_CONSENTS.REVOKED_BY, by)
                .set(LEAD_CONSENTS.REVOCATION_REASON, reason)
                .where(LEAD_CONSENTS.ID.eq(id.value()))
                .and(LEAD_CONSENTS.REVOKED_AT.isNull())
                .returning()
                .fetchOptional(ConsentLedger::toConsent);
    }

    /** Newest first. */
    public List<Consent> of(LeadId lead, UUID before, int limit) {
        return db.selectFrom(LEAD_CONSENTS)
                .where(LEAD_CONSENTS.LEAD_ID.eq(lead.value()))
                .and(before == null ? org.jooq.impl.DSL.noCondition() : LEAD_CONSENTS.ID.lt(before))
                .orderBy(LEAD_CONSENTS.ID.desc())
                .limit(limit + 1)
                .fetch(ConsentLedger::toConsent);
    }

    /** The leads among {@code leads} with a consent to AI calls in force at {@code at}. */
    public Set<LeadId> consented(Collection<LeadId> leads, Instant at) {
        return consented(leads, ConsentChannel.VOICE, ConsentPurpose.AI_CALLS, at);
    }

    /** The leads among {@code leads} with a consent for this channel and purpose in force at {@code at}. */
    public Set<LeadId> consented(Collection<LeadId> leads, ConsentChannel channel, ConsentPurpose purpose, Instant at) {
        if (leads.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.selectDistinct(LEAD_CONSENTS.LEAD_ID)
                .from(LEAD_CONSENTS)
                .where(LEAD_CONSENTS.LEAD_ID.eq(
                        org.jooq.impl.DSL.any(leads.stream().map(LeadId::value).toArray(UUID[]::new))))
                .and(LEAD_CONSENTS.CHANNEL.eq(channel.toString()))
                .and(LEAD_CONSENTS.PURPOSE.eq(purpose.toString()))
                .and(LEAD_CONSENTS.REVOKED_AT.isNull())
                .and(LEAD_CONSENTS.OBTAINED_AT.le(utc(at)))
                .fetch(r -> LeadId.of(r.value1())));
    }

    static Consent toConsent(LeadConsentsRecord r) {
        return new Consent(
                ConsentId.of(r.getId()),
                LeadId.of(r.getLeadId()),
                ConsentSource.fromCode(r.getSource()),
                r.getObtainedAt().toInstant(),
                r.getEvidence(),
                r.getEvidenceUrl(),
                r.getRecordedBy(),
                r.getCreatedAt().toInstant(),
                r.getRevokedAt() == null ? null : r.getRevokedAt().toInstant(),
                r.getRevokedBy(),
                r.getRevocationReason(),
                ConsentChannel.fromCode(r.getChannel()),
                ConsentPurpose.fromCode(r.getPurpose()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
