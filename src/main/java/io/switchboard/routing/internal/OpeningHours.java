package io.switchboard.routing.internal;

import io.switchboard.db.tables.records.RoutingQueuesRecord;
import io.switchboard.db.tables.records.WorkItemsRecord;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.routing.BusinessHours;
import io.switchboard.routing.Strategy;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.internal.RoutingJobs.Backlog;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A queue's business hours, applied by the dispatcher to the work it claims: work whose queue is
 * closed is held (not claimed again) until the opening, when a dispatch job due then offers it.
 * Held here rather than at arrival, so work that waited into the evening, or fell due at night, is
 * held too.
 */
@Component
class OpeningHours {

    private static final DateTimeFormatter OPENS = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final WorkStore work;
    private final QueueStore queues;
    private final Jobs jobs;
    private final ObjectProvider<Job<Backlog>> backlog;

    OpeningHours(WorkStore work, QueueStore queues, Jobs jobs, ObjectProvider<Job<Backlog>> backlog) {
        this.work = work;
        this.queues = queues;
        this.jobs = jobs;
        this.backlog = backlog;
    }

    /** The works whose queue is open now; the others are held until their queue opens. */
    List<WorkItemsRecord> openOnly(
            List<WorkItemsRecord> waiting, Map<UUID, RoutingQueuesRecord> queueById, Instant now) {
        Map<UUID, Optional<Instant>> closedUntil = new HashMap<>();
        Map<UUID, List<WorkItemsRecord>> held = new HashMap<>();
        List<WorkItemsRecord> open = new ArrayList<>();
        for (WorkItemsRecord w : waiting) {
            RoutingQueuesRecord q = queueById.get(w.getQueueId());
            Optional<Instant> until = closedUntil.computeIfAbsent(w.getQueueId(), id -> closedUntil(q, now));
            if (until.isPresent()) {
                held.computeIfAbsent(w.getQueueId(), id -> new ArrayList<>()).add(w);
            } else {
                open.add(w);
            }
        }
        held.forEach((queue, works) ->
                hold(queueById.get(queue), works, closedUntil.get(queue).orElseThrow()));
        return open;
    }

    private Optional<Instant> closedUntil(RoutingQueuesRecord q, Instant now) {
        BusinessHours hours = queues.hours(q);
        return hours == null || hours.openAt(now) ? Optional.empty() : Optional.of(hours.nextOpening(now));
    }

    private void hold(RoutingQueuesRecord q, List<WorkItemsRecord> works, Instant opens) {
        work.hold(works.stream().map(WorkItemsRecord::getId).toList(), opens);
        BusinessHours hours = queues.hours(q);
        String reason = "waiting: " + q.getName() + " is closed (" + hours.describe() + "), opens "
                + OPENS.format(opens.atZone(hours.zone()));
        Strategy strategy = Strategy.fromCode(q.getStrategy());
        works.forEach(w -> work.decide(WorkId.of(w.getId()), null, strategy, reason));
        // One job per queue and opening, however many works wait for it.
        jobs.scheduleIfAbsent(
                backlog.getObject(), "opens-" + q.getId() + "-" + opens.getEpochSecond(), new Backlog(), opens);
    }
}
