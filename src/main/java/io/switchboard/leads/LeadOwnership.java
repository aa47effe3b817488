package io.switchboard.leads;

import io.switchboard.leads.internal.Activities;
import io.switchboard.leads.internal.Assignments;
import io.switchboard.leads.internal.Leads;
import io.switchboard.leads.internal.People;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Reach;
import io.switchboard.shared.RecordReach;
import io.switchboard.shared.UserId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who owns a lead: (re)assignment with a reason, its history, and the new owner's feedback on it. */
@Service
public class LeadOwnership {

    private final Leads leads;
    private final Assignments assignments;
    private final Activities activities;
    private final People people;
    private final ApplicationEventPublisher events;

    LeadOwnership(
            Leads leads,
            Assignments assignments,
            Activities activities,
            People people,
            ApplicationEventPublisher events) {
        this.leads = leads;
        this.assignments = assignments;
        this.activities = activities;
        this.people = people;
        this.events = events;
    }

    /** Gives the lead to {@code owner} (null: unassigns it). Assigning to the current owner changes nothing. */
    @Transactional
    public Assignment assign(LeadId id, @Nullable UserId owner, @Nullable String reason, @Nullable UUID actor) {
        var record = leads.lockRecord(id).orElseThrow(() -> new NotFound("lead", id));
        if (record.getDeletedAt() != null) {
            throw new InvalidInput("lead", "lead_deleted", "restore the lead before assigning it");
        }
        String ownerName =
                owner == null ? "nobody" : people.active(owner, "owner_id").name();
        UUID from = record.getOwnerId();
        UUID to = checkedNewOwner(from, owner, actor);
        if (reason != null && reason.length() > 500) {
            throw new InvalidInput("reason", "invalid_length", "must be at most 500 characters");
        }
        UUID assignment = assignments.record(id, from, to, actor, reason);
        if (!Objects.equals(from, to)) {
            record.setOwnerId(to);
            record.store();
            activities.record(
                    id,
                    ActivityKind.ASSIGNED,
                    actor,
                    "Assigned to " + ownerName + (reason == null ? "" : ": " + reason),
                    reason == null ? Map.of() : Map.of("reason", reason));
            events.publishEvent(new LeadAssigned(
                    record.getOrganizationId(),
                    id,
                    record.getName(),
                    from == null ? null : UserId.of(from),
                    owner,
                    actor,
                    reason));
        }
        return assignments
                .findRecord(id, assignment)
                .map(Assignments::toAssignment)
                .orElseThrow();
    }

    /** The new owner, if the caller may hand the lead over (or takes an unassigned one themselves). */
    private static @Nullable UUID checkedNewOwner(@Nullable UUID from, @Nullable UserId owner, @Nullable UUID actor) {
        UUID to = owner == null ? null : owner.value();
        boolean takesIt = from == null && to != null && to.equals(actor);
        if (!mayReassign(from == null ? null : UserId.of(from)) && !takesIt) {
            throw new Forbidden(
                    "lead_not_yours", "only the lead's owner or their manager moves it; take an unassigned lead");
        }
        return to;
    }

    /**
     * Who owns a new lead: the one asked for; else, when its creator does not reach all leads, its
     * creator (it would otherwise vanish from their view the moment they created it).
     */
    static @Nullable UserId ownerOfNew(@Nullable UserId requested) {
        if (requested != null) {
            return requested;
        }
        return RecordReach.current()
                .filter(r -> r.leads() != Reach.ALL)
                .map(RecordReach::user)
                .orElse(null);
    }

    /**
     * Whether the current caller may hand a lead owned by {@code owner} to someone: anyone who reaches
     * beyond their own leads, and the owner. An agent takes an unassigned lead for themselves instead.
     */
    public static boolean mayReassign(@Nullable UserId owner) {
        return RecordReach.current()
                .map(r -> r.leads() != Reach.OWN || r.user().equals(owner))
                .orElse(true);
    }

    @Transactional(readOnly = true)
    public List<Assignment> history(LeadId id) {
        leads.findRecord(id).orElseThrow(() -> new NotFound("lead", id));
        return assignments.history(id);
    }

    /** The person a lead was handed to says how the hand-over went (seed 000: reassignment feedback). */
    @Transactional
    public Assignment feedback(LeadId lead, UUID assignmentId, String feedback, @Nullable Integer rating, UUID author) {
        var record =
                assignments.findRecord(lead, assignmentId).orElseThrow(() -> new NotFound("assignment", assignmentId));
        if (!author.equals(record.getAssignedTo())) {
            throw new Forbidden("not_assignee", "only the person the lead was assigned to gives feedback on it");
        }
        if (feedback.isBlank() || feedback.length() > 2000) {
            throw new InvalidInput("feedback", "invalid_length", "must be 1 to 2000 characters");
        }
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new InvalidInput("rating", "invalid_rating", "must be between 1 and 5");
        }
        record.setFeedback(feedback.strip());
        record.setFeedbackRating(rating == null ? null : rating.shortValue());
        record.setFeedbackAt(OffsetDateTime.now());
        record.store();
        return Assignments.toAssignment(record);
    }
}
