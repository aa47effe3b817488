package io.switchboard.routing;

import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.NewNote;
import io.switchboard.leads.NoteManagement;
import io.switchboard.leads.NoteType;
import io.switchboard.routing.internal.Desk;
import io.switchboard.routing.internal.DeskHangup;
import io.switchboard.routing.internal.Overflows;
import io.switchboard.routing.internal.QueueStore;
import io.switchboard.routing.internal.ReservationFlow;
import io.switchboard.routing.internal.RoutingJobs.Backlog;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.RecordReach;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Work into queues, offers answered by agents, work finished. */
@Service
public class WorkRouting {

    private final QueueStore queues;
    private final ReservationFlow reservations;
    private final Desk desk;
    private final DeskHangup hangups;
    private final Overflows overflows;
    private final LeadDirectory leads;
    private final NoteManagement notes;
    private final Jobs jobs;
    private final Job<Backlog> dispatch;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkRouting(
            QueueStore queues,
            ReservationFlow reservations,
            Desk desk,
            DeskHangup hangups,
            Overflows overflows,
            LeadDirectory leads,
            NoteManagement notes,
            Jobs jobs,
            Job<Backlog> dispatch,
            ApplicationEventPublisher events,
            Clock clock) {
        this.queues = queues;
        this.reservations = reservations;
        this.desk = desk;
        this.hangups = hangups;
        this.overflows = overflows;
        this.leads = leads;
        this.notes = notes;
        this.jobs = jobs;
        this.dispatch = dispatch;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues a work; it is offered right after this transaction commits ({@link WorkQueued}), or at
     * its due time when that lies ahead. It enters the queue now either way (its visit, and the
     * event analytics counts it offered by).
     */
    @Transactional
    public Work queue(QueueId queueId, NewWork command) {
        queues.find(queueId).orElseThrow(() -> new NotFound("queue", queueId));
        if (command.priority() < 0 || command.priority() > 100) {
            throw new InvalidInput("priority", "out_of_range", "must be between 0 and 100");
        }
        if (command.leadId() != null && leads.find(command.leadId()).isEmpty()) {
            throw new InvalidInput("lead_id", "unknown_lead", "no lead with this id");
        }
        Instant now = clock.instant();
        Work created = desk.insert(queueId, command, now);
        overflows.arrived(created.id());
        if (command.dueAt() != null && command.dueAt().isAfter(now)) {
            jobs.schedule(dispatch, "due-" + created.id(), new Backlog(), command.dueAt());
        }
        // A round run for work due later claims nothing (the dispatcher takes due work only).
        events.publishEvent(new WorkQueued(TenantContext.require().value(), created.id(), queueId));
        return created;
    }

    /** The work with every decision taken about it. */
    @Transactional(readOnly = true)
    public Work get(WorkId id) {
        return desk.work(id).orElseThrow(() -> new NotFound("work", id));
    }

    /** The queue's work nobody has accepted yet (at most {@code limit}), with its decisions. */
    @Transactional(readOnly = true)
    public List<Work> openIn(QueueId queue, int limit) {
        return desk.openIn(queue, limit);
    }

    @Transactional(readOnly = true)
    public MyWork mine(UserId agent) {
        return desk.of(agent);
    }

    @Transactional
    public Work accept(ReservationId id, UserId agent) {
        return get(reservations.accept(id, agent));
    }

    @Transactional
    public void reject(ReservationId id, UserId agent) {
        reservations.reject(id, agent);
    }

    /** The agent finished the work; their capacity frees and the backlog is offered at once. */
    @Transactional
    public Work complete(WorkId id, UserId agent) {
        return complete(id, agent, null, null);
    }

    /**
     * The agent finished the work and said how it went: kept with the work and, for a lead's work,
     * written to the lead's timeline as a call note by the agent.
     */
    @Transactional
    public Work complete(WorkId id, UserId agent, @Nullable Disposition disposition, @Nullable String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        reservations.complete(id, agent, disposition, text);
        Work done = get(id);
        if (done.leadId() != null && (disposition != null || text != null)) {
            String body = (disposition == null ? "Finished" : disposition.label()) + (text == null ? "" : ": " + text);
            // The work is the agent's title to its lead's timeline: a call taken from a queue is often
            // of a lead the agent does not own (only lead work makes the agent the owner).
            try (var anyLead = RecordReach.open(null)) {
                notes.add(LeadId.of(done.leadId()), new NewNote(body, NoteType.CALL, false, null, null), agent.value());
            }
        }
        return done;
    }

    /**
     * Ends the live call of an accepted work: its agent, or a supervisor ({@code supervisor}), asks
     * the provider to hang up (outside a transaction); the line is {@code ended} and the work waits
     * for its disposition on the agent's desk.
     */
    public Work hangup(WorkId id, UserId actor, boolean supervisor) {
        return hangups.hangup(id, actor, supervisor);
    }
}
