package io.switchboard.analytics.internal;

import io.switchboard.routing.CancelReason;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.QueueManagement;
import io.switchboard.routing.Work;
import io.switchboard.routing.WorkCanceled;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkOverflowed;
import io.switchboard.routing.WorkRouting;
import io.switchboard.shared.NotFound;
import io.switchboard.tenancy.OrganizationManagement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the queue visits from routing's events: the work and the queue's SLA are read through
 * routing's services, the visit's day in the organization's zone.
 */
@Component
class QueueRecorder {

    private final QueueFacts facts;
    private final WorkRouting work;
    private final QueueManagement queues;
    private final OrganizationManagement organizations;

    QueueRecorder(QueueFacts facts, WorkRouting work, QueueManagement queues, OrganizationManagement organizations) {
        this.facts = facts;
        this.work = work;
        this.queues = queues;
        this.organizations = organizations;
    }

    /** A work entered its first queue when it was created. */
    @Transactional
    public void queued(WorkId id, QueueId queue) {
        find(id).ifPresent(w -> visit(w.id(), queue, w.createdAt()).ifPresent(facts::entered));
    }

    /** It timed out of one queue and entered the overflow queue then. */
    @Transactional
    public void overflowed(WorkOverflowed event) {
        find(event.workId()).ifPresent(w -> {
            visit(w.id(), event.fromQueue(), w.createdAt()).ifPresent(v -> facts.left(v, event.at()));
            visit(w.id(), event.toQueue(), event.at()).ifPresent(facts::enteredAt);
        });
    }

    /** An agent answered it in the queue it is in now. */
    @Transactional
    public void accepted(WorkId id) {
        find(id).filter(w -> w.assignedAt() != null).ifPresent(w -> visit(w.id(), w.queueId(), w.createdAt())
                .ifPresent(v -> facts.answered(v, w.assignedAt())));
    }

    /** Its caller hung up before anyone accepted it: abandoned in the queue it was in. */
    @Transactional
    public void canceled(WorkCanceled event) {
        if (event.reason() != CancelReason.CALLER_HUNG_UP) {
            return;
        }
        find(event.workId()).ifPresent(w -> visit(w.id(), event.queueId(), w.createdAt())
                .ifPresent(v -> facts.abandoned(v, event.at())));
    }

    private Optional<Work> find(WorkId id) {
        try {
            return Optional.of(work.get(id));
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }

    /** @param enteredAt when it entered, should no earlier event have told it */
    private Optional<QueueFacts.Visit> visit(WorkId id, QueueId queue, Instant enteredAt) {
        int sla;
        try {
            sla = queues.get(queue).slaSeconds();
        } catch (NotFound removed) {
            return Optional.empty();
        }
        ZoneId zone = ZoneId.of(organizations.current().timezone());
        return Optional.of(
                new QueueFacts.Visit(id.value(), queue.value(), enteredAt, LocalDate.ofInstant(enteredAt, zone), sla));
    }
}
