package io.switchboard.leads;

import io.switchboard.leads.internal.Activities;
import io.switchboard.leads.internal.Assignments;
import io.switchboard.leads.internal.Leads;
import io.switchboard.leads.internal.People;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
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
        UUID to = owner == null ? null : owner.value();
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
