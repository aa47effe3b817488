package io.switchboard.compliance;

import io.switchboard.compliance.internal.DncEntries;
import io.switchboard.compliance.internal.PhoneFacts;
import io.switchboard.compliance.internal.RulesStore;
import io.switchboard.leads.LeadId;
import io.switchboard.tenancy.OrganizationManagement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check before every call: may these numbers be called now? For a batch it reads the calling
 * rules, then asks the database once which numbers are on the organization's or the platform's
 * do-not-call list and which leads have consent; everything else is computed in memory. Runs in the
 * current organization (its tenant context must be set).
 *
 * <p>Checks, in order of precedence (see {@link DecisionReason}): a valid number, the platform's
 * and the organization's do-not-call lists, consent for AI calls when the organization requires it,
 * a known time zone, holidays, the calling window in the lead's local time, and how recently and how
 * often the lead was called ({@link ContactFrequency}, from the {@link ContactLog}, also one query
 * per batch). A campaign's window narrows the organization's (both apply); it never widens it.
 */
@Service
public class CallingGate {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private final RulesStore rules;
    private final DncEntries lists;
    private final OrganizationManagement organizations;
    private final ContactLog contacts;

    CallingGate(RulesStore rules, DncEntries lists, OrganizationManagement organizations, ContactLog contacts) {
        this.rules = rules;
        this.lists = lists;
        this.organizations = organizations;
        this.contacts = contacts;
    }

    /** One decision per candidate, in the candidates' order. */
    @Transactional(readOnly = true)
    public List<Decision> check(List<DialCandidate> candidates, Instant now, @Nullable CallingWindow campaignWindow) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        ComplianceSettings settings = rules.settings();
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        CallingWindowPolicy policy = CallingWindowPolicy.of(
                settings.callingWindow(),
                campaignWindow,
                rules.holidays(today.minusDays(2), today.plusDays(CallingWindowPolicy.HORIZON.toDays() + 2)));
        Batch batch = new Batch(settings.requireConsentForAiCalls());
        List<Dialed> dialed = candidates.stream().map(batch::read).toList();
        DncEntries.Listings listings = lists.listings(batch.phones, batch.consentQuestions, now);
        Map<LeadId, ContactHistory> histories = batch.leads.isEmpty()
                ? Map.of()
                : contacts.recent(batch.leads, now.minus(ContactFrequency.LOOK_BACK), now);
        Checks checks = new Checks(listings, policy, settings.contactFrequency(), histories, now);
        return dialed.stream().map(checks::decide).toList();
    }

    @Transactional(readOnly = true)
    public Decision check(DialCandidate candidate, Instant now, @Nullable CallingWindow campaignWindow) {
        return check(List.of(candidate), now, campaignWindow).getFirst();
    }

    /** What one batch's decisions are made from. */
    private record Checks(
            DncEntries.Listings listings,
            CallingWindowPolicy policy,
            ContactFrequency frequency,
            Map<LeadId, ContactHistory> histories,
            Instant now) {

        Decision decide(Dialed d) {
            List<DecisionReason> reasons = new ArrayList<>(2);
            Instant next = timeless(d, listings, policy, now, reasons);
            LeadId lead = d.candidate.leadId();
            if (lead != null && histories.containsKey(lead)) {
                Instant until = frequency.blockedUntil(histories.get(lead), now).orElse(null);
                if (until != null) {
                    reasons.add(DecisionReason.RECENTLY_CONTACTED);
                    next = next == null || until.isAfter(next) ? until : next;
                }
            }
            return reasons.isEmpty() ? Decision.allow() : Decision.deny(reasons, next);
        }
    }

    /**
     * Adds every reason that does not depend on the lead's call history; when the window is closed,
     * answers when it opens.
     */
    private static @Nullable Instant timeless(
            Dialed d,
            DncEntries.Listings listings,
            CallingWindowPolicy policy,
            Instant now,
            List<DecisionReason> reasons) {
        if (d.e164 == null) {
            reasons.add(DecisionReason.INVALID_PHONE);
        } else {
            if (listings.platform().contains(d.e164)) {
                reasons.add(DecisionReason.PLATFORM_DO_NOT_CALL);
            }
            if (listings.organization().contains(d.e164)) {
                reasons.add(DecisionReason.DO_NOT_CALL);
            }
        }
        if (d.needsConsent
                && (d.candidate.leadId() == null
                        || !listings.consented().contains(d.candidate.leadId().value()))) {
            reasons.add(DecisionReason.NO_CONSENT);
        }
        Instant next = null;
        if (d.zones.isEmpty()) {
            reasons.add(DecisionReason.UNKNOWN_TIME_ZONE);
        } else if (policy.evaluate(d.zones, d.country, now) instanceof CallingWindowPolicy.Closed closed) {
            reasons.add(closed.reason());
            next = closed.nextOpen();
        }
        return next;
    }

    /** A candidate with its number read: E.164 (null when invalid), zones, country. */
    private record Dialed(
            DialCandidate candidate,
            @Nullable String e164,
            List<ZoneId> zones,
            @Nullable String country,
            boolean needsConsent) {}

    /** What one batch collects for its single query, with the per-batch caches. */
    private final class Batch {
        final boolean consentRequired;
        final Set<String> phones = new HashSet<>();
        final Set<UUID> consentQuestions = new HashSet<>();
        final Set<LeadId> leads = new HashSet<>();
        final Map<String, Optional<ZoneId>> zoneIds = new HashMap<>();

        @Nullable
        String region;

        Batch(boolean consentRequired) {
            this.consentRequired = consentRequired;
        }

        Dialed read(DialCandidate candidate) {
            String phone = candidate.phone() == null ? "" : candidate.phone().strip();
            Optional<ZoneId> own = candidate.timezone() == null
                    ? Optional.empty()
                    : zoneIds.computeIfAbsent(candidate.timezone(), PhoneFacts::zone);
            PhoneFacts.Facts facts = null;
            String e164 = E164.matcher(phone).matches() ? phone : null;
            if (e164 == null || own.isEmpty() || candidate.country() == null) {
                facts = PhoneFacts.of(phone, phone.startsWith("+") ? "ZZ" : region())
                        .orElse(null);
                e164 = facts == null ? null : facts.e164();
            }
            List<ZoneId> zones = own.map(List::of).orElse(facts == null ? List.of() : facts.zones());
            String country = candidate.country() != null ? candidate.country() : facts == null ? null : facts.region();
            if (e164 != null) {
                phones.add(e164);
            }
            boolean needsConsent = consentRequired && candidate.kind() == CallKind.AI;
            LeadId lead = candidate.leadId();
            if (lead != null) {
                leads.add(lead);
            }
            if (needsConsent && lead != null) {
                consentQuestions.add(lead.value());
            }
            return new Dialed(candidate, e164, zones, country, needsConsent);
        }

        String region() {
            if (region == null) {
                region = organizations.current().defaultRegion();
            }
            return region;
        }
    }
}
