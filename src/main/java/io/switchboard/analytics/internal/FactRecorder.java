package io.switchboard.analytics.internal;

import io.switchboard.conversations.CallAnalysis;
import io.switchboard.conversations.CallConversations;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadId;
import io.switchboard.sources.VendorId;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallManagement;
import io.switchboard.tenancy.OrganizationManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps a call's or a lead's fact as the record is now (read through its module, never from the
 * event alone: a late or repeated event then writes the same row) and hands the days it touches to
 * the rollup job.
 */
@Component
public class FactRecorder {

    /** Events of one burst (a campaign's calls ending) share one rollup run. */
    static final Duration GATHER = Duration.ofSeconds(1);

    private final FactStore facts;
    private final CallManagement calls;
    private final CallConversations conversations;
    private final LeadDirectory leads;
    private final OrganizationManagement organizations;
    private final Jobs jobs;
    private final Job<AnalyticsJobs.RollUp> rollUp;
    private final Clock clock;

    FactRecorder(
            FactStore facts,
            CallManagement calls,
            CallConversations conversations,
            LeadDirectory leads,
            OrganizationManagement organizations,
            Jobs jobs,
            Job<AnalyticsJobs.RollUp> rollUp,
            Clock clock) {
        this.facts = facts;
        this.calls = calls;
        this.conversations = conversations;
        this.leads = leads;
        this.organizations = organizations;
        this.jobs = jobs;
        this.rollUp = rollUp;
        this.clock = clock;
    }

    ZoneId zone() {
        return ZoneId.of(organizations.current().timezone());
    }

    public void call(CallId id) {
        Call call = calls.find(List.of(id)).get(id);
        if (call != null) {
            stale(callFacts(List.of(call), zone()));
        }
    }

    public void lead(LeadId id) {
        Optional<Lead> lead = leads.find(id);
        stale(lead.isEmpty() ? facts.removeLead(id.value()) : leadFacts(List.of(lead.get()), zone()));
    }

    /** A vendor's price from {@code from} on changed: the days of its leads since then count their spend again. */
    public void vendorPriced(VendorId vendor, @Nullable LocalDate from) {
        stale(facts.vendorDays(vendor.value(), from));
    }

    /** Stores the facts of these calls (the open ones are left out) and answers the days they touch. */
    Set<LocalDate> callFacts(Collection<Call> batch, ZoneId zone) {
        Set<LocalDate> days = new TreeSet<>();
        for (Call call : batch) {
            CallAnalysis analysis = conversations.findAnalysis(call.id()).orElse(null);
            CallFact fact = CallFact.of(call, analysis, zone);
            if (fact != null) {
                days.addAll(facts.putCall(fact));
            }
        }
        return days;
    }

    Set<LocalDate> leadFacts(Collection<Lead> batch, ZoneId zone) {
        Set<LocalDate> days = new TreeSet<>();
        for (Lead lead : batch) {
            LeadFact fact = LeadFact.of(lead, zone);
            days.addAll(fact == null ? facts.removeLead(lead.id().value()) : facts.putLead(fact));
        }
        return days;
    }

    void stale(Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        facts.markStale(days);
        jobs.scheduleIfAbsent(
                rollUp, "rollup", new AnalyticsJobs.RollUp(), clock.instant().plus(GATHER));
    }
}
