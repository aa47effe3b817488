package io.switchboard.compliance;

import io.switchboard.compliance.internal.ConsentLedger;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent ledger: leads' recorded prior consent to AI calls. A lead has consent while one of
 * its entries is not revoked; revoking keeps the entry (and its evidence) readable.
 */
@Service
public class Consents {

    /** Clocks differ a little: a consent "obtained" up to this far in the future is taken as now. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ConsentLedger ledger;
    private final LeadManagement leads;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consents(ConsentLedger ledger, LeadManagement leads, ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.leads = leads;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Consent record(LeadId leadId, NewConsent consent, @Nullable UUID recordedBy) {
        Lead lead = leads.get(leadId);
        if (lead.isDeleted()) {
            throw new Conflict("lead_deleted", "lead " + leadId + " is deleted; restore it first");
        }
        Instant now = clock.instant();
        Instant obtained = consent.obtainedAt() == null ? now : consent.obtainedAt();
        if (obtained.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInput("obtained_at", "in_future", "must not be in the future");
        }
        NewConsent clean = new NewConsent(
                consent.source(),
                obtained,
                text(consent.evidence()),
                url(consent.evidenceUrl()),
                consent.channel(),
                consent.purpose());
        if (clean.evidence() == null && clean.evidenceUrl() == null) {
            throw new InvalidInput("evidence", "evidence_required", "give the evidence: a text, a URL, or both");
        }
        Consent recorded = ledger.insert(leadId, clean, obtained.isAfter(now) ? now : obtained, recordedBy);
        events.publishEvent(new ConsentRecorded(organization(), recorded.id(), leadId, recorded.source()));
        return recorded;
    }

    /** Revokes one consent entry; revoking one that is revoked already is refused (409). */
    @Transactional
    public Consent revoke(LeadId leadId, ConsentId id, @Nullable String reason, @Nullable UUID revokedBy) {
        leads.get(leadId);
        Consent existing = ledger.find(leadId, id).orElseThrow(() -> new NotFound("consent", id));
        if (!existing.active()) {
            throw new Conflict("already_revoked", "consent " + id + " was revoked at " + existing.revokedAt());
        }
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (cleanReason != null && cleanReason.length() > 500) {
            throw new InvalidInput("reason", "invalid_length", "must be at most 500 characters");
        }
        Consent revoked = ledger.revoke(id, cleanReason, revokedBy)
                .orElseThrow(() -> new Conflict("already_revoked", "consent " + id + " was revoked already"));
        boolean still = hasConsent(leadId);
        events.publishEvent(new ConsentRevoked(organization(), id, leadId, cleanReason, still));
        return revoked;
    }

    /** A lead's consent entries, newest first (revoked ones included). */
    @Transactional(readOnly = true)
    public CursorPage<Consent> of(LeadId leadId, @Nullable String cursor, @Nullable Integer limit) {
        leads.get(leadId);
        int size = CursorPage.limit(limit);
        return CursorPage.of(ledger.of(leadId, CursorPage.after(cursor), size), size, c -> c.id().value());
    }

    /** Whether the lead has a consent in force now. */
    @Transactional(readOnly = true)
    public boolean hasConsent(LeadId leadId) {
        return !ledger.consented(Set.of(leadId), clock.instant()).isEmpty();
    }

    /** Whether the lead has a consent in force now for this channel and purpose (messaging asks). */
    @Transactional(readOnly = true)
    public boolean hasConsent(LeadId leadId, ConsentChannel channel, ConsentPurpose purpose) {
        return !ledger.consented(Set.of(leadId), channel, purpose, clock.instant())
                .isEmpty();
    }

    /** The leads among {@code leadIds} with a consent in force now: one query for the set. */
    @Transactional(readOnly = true)
    public Set<LeadId> withConsent(Collection<LeadId> leadIds) {
        return ledger.consented(leadIds, clock.instant());
    }

    private static @Nullable String text(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > 4000) {
            throw new InvalidInput("evidence", "invalid_length", "must be at most 4000 characters");
        }
        return text;
    }

    private static @Nullable String url(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip();
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null
                    || !(url.startsWith("http://") || url.startsWith("https://"))
                    || url.length() > 2000) {
                throw new InvalidInput(
                        "evidence_url", "invalid_url", "must be an http(s) URL of at most 2000 characters");
            }
            return url;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInput("evidence_url", "invalid_url", "must be an http(s) URL of at most 2000 characters");
        }
    }

    private static UUID organization() {
        return TenantContext.require().value();
    }
}
