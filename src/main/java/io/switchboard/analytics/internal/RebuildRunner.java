package io.switchboard.analytics.internal;

import io.switchboard.analytics.DayRange;
import io.switchboard.db.tables.records.AnalyticsRebuildsRecord;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadManagement;
import io.switchboard.routing.QueueHistory;
import io.switchboard.routing.QueueVisit;
import io.switchboard.routing.VisitOutcome;
import io.switchboard.shared.CursorPage;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallFilter;
import io.switchboard.telephony.CallManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A rebuild, one step per run with its progress committed: drop the range's facts, read its leads,
 * then its calls, then the queue visits routing recorded, page by page from their modules, and roll
 * every touched day up again.
 */
@Component
class RebuildRunner {

    static final int PAGE = CursorPage.MAX_LIMIT;

    private final RebuildStore rebuilds;
    private final FactStore facts;
    private final FactRecorder recorder;
    private final RollupRunner rollups;
    private final LeadManagement leads;
    private final CallManagement calls;
    private final QueueHistory queueHistory;
    private final QueueFacts queueFacts;
    private final Clock clock;

    RebuildRunner(
            RebuildStore rebuilds,
            FactStore facts,
            FactRecorder recorder,
            RollupRunner rollups,
            LeadManagement leads,
            CallManagement calls,
            QueueHistory queueHistory,
            QueueFacts queueFacts,
            Clock clock) {
        this.queueHistory = queueHistory;
        this.queueFacts = queueFacts;
        this.rebuilds = rebuilds;
        this.facts = facts;
        this.recorder = recorder;
        this.rollups = rollups;
        this.leads = leads;
        this.calls = calls;
        this.clock = clock;
    }

    @Nullable
    Instant step(UUID id) {
        AnalyticsRebuildsRecord r = rebuilds.lock(id).orElse(null);
        if (r == null || !"running".equals(r.getStatus())) {
            return null;
        }
        DayRange range = new DayRange(r.getFromDay(), r.getToDay());
        ZoneId zone = recorder.zone();
        switch (r.getPhase()) {
            case "leads" -> leadsPage(r, range, zone);
            case "calls" -> callsPage(r, range, zone);
            case "queues" -> queuesPage(r, range, zone);
            default -> {
                facts.markStale(range.each().toList());
                rollups.rollUpAllStale();
                r.setPhase("done");
                r.setStatus("completed");
                r.setFinishedAt(OffsetDateTime.now(clock));
            }
        }
        r.store();
        return "completed".equals(r.getStatus()) ? null : clock.instant();
    }

    private void leadsPage(AnalyticsRebuildsRecord r, DayRange range, ZoneId zone) {
        if (r.getCursor() == null && r.getLeadsDone() == 0) {
            facts.markStale(facts.clear(range.from(), range.to()));
        }
        CursorPage<Lead> page = leads.list(createdIn(range, zone), r.getCursor(), PAGE);
        facts.markStale(recorder.leadFacts(page.data(), zone));
        r.setLeadsDone(r.getLeadsDone() + page.data().size());
        next(r, page.nextCursor(), "calls");
    }

    private void callsPage(AnalyticsRebuildsRecord r, DayRange range, ZoneId zone) {
        CursorPage<Call> page =
                calls.list(CallFilter.endedBetween(range.start(zone), range.end(zone)), r.getCursor(), PAGE);
        Set<LocalDate> days = recorder.callFacts(page.data(), zone);
        facts.markStale(days);
        r.setCallsDone(r.getCallsDone() + page.data().size());
        next(r, page.nextCursor(), "queues");
    }

    /** The queues' figures are read from their visits as they are kept, so writing them is all. */
    private void queuesPage(AnalyticsRebuildsRecord r, DayRange range, ZoneId zone) {
        if (r.getCursor() == null) {
            queueFacts.clear(range.from(), range.to());
        }
        CursorPage<QueueVisit> page = queueHistory.entered(range.start(zone), range.end(zone), r.getCursor(), PAGE);
        queueFacts.put(page.data().stream()
                .map(v -> new QueueFacts.Kept(
                        new QueueFacts.Visit(
                                v.workId().value(),
                                v.queueId().value(),
                                v.enteredAt(),
                                LocalDate.ofInstant(v.enteredAt(), zone),
                                v.slaSeconds()),
                        v.answeredAt(),
                        v.outcome() == VisitOutcome.OVERFLOWED ? v.leftAt() : null,
                        v.outcome() == VisitOutcome.ABANDONED ? v.leftAt() : null))
                .toList());
        next(r, page.nextCursor(), "rollup");
    }

    private static void next(AnalyticsRebuildsRecord r, @Nullable String cursor, String nextPhase) {
        r.setCursor(cursor);
        if (cursor == null) {
            r.setPhase(nextPhase);
        }
    }

    /** Live leads created in the range, as the lead list's created_after and created_before filter them. */
    static LeadFilter createdIn(DayRange range, ZoneId zone) {
        return LeadFilter.builder().created(range.start(zone), range.end(zone)).build();
    }
}
