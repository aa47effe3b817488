package io.switchboard.leads;

import io.switchboard.audit.AuditLog;
import io.switchboard.leads.internal.Activities;
import io.switchboard.leads.internal.Ratings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The score and temperature scoring gives leads, written set-based in the caller's transaction. A
 * few leads at a time (a rescoring after an event) get timeline entries like a person's change;
 * a bulk recompute writes only the leads (scoring keeps the history with its reasons) and no row
 * audit entries (its caller records one summary).
 */
@Service
public class LeadRatings {

    private final Ratings ratings;
    private final Activities activities;
    private final AuditLog audit;

    LeadRatings(Ratings ratings, Activities activities, AuditLog audit) {
        this.ratings = ratings;
        this.activities = activities;
        this.audit = audit;
    }

    /** @return the leads whose rating changed (those that still had the expected score) */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<LeadId> apply(List<LeadRating> changes, boolean bulk, Instant at) {
        if (changes.isEmpty()) {
            return List.of();
        }
        if (bulk) {
            audit.suppressRowEntriesInThisTransaction();
        }
        List<Ratings.Rated> rated = ratings.rate(
                changes.stream().map(c -> c.leadId().value()).toArray(java.util.UUID[]::new),
                changes.stream().map(LeadRating::expectedScore).toArray(Integer[]::new),
                changes.stream().map(LeadRating::score).toArray(Integer[]::new),
                changes.stream().map(c -> c.temperature().toString()).toArray(String[]::new));
        if (!bulk) {
            timeline(changes, rated, at);
        }
        return rated.stream().map(r -> LeadId.of(r.id())).toList();
    }

    private void timeline(List<LeadRating> changes, List<Ratings.Rated> rated, Instant at) {
        List<Activities.NewActivity> entries = new ArrayList<>();
        for (Ratings.Rated r : rated) {
            LeadId lead = LeadId.of(r.id());
            String reason = changes.stream()
                    .filter(c -> c.leadId().equals(lead))
                    .map(LeadRating::reason)
                    .findFirst()
                    .orElse("");
            if (r.fromScore() != r.score()) {
                entries.add(new Activities.NewActivity(
                        lead,
                        ActivityKind.SCORE_CHANGED,
                        "Score changed from " + r.fromScore() + " to " + r.score()
                                + (reason.isEmpty() ? "" : ": " + reason),
                        Map.of("from", r.fromScore(), "to", r.score(), "reason", reason),
                        at));
            }
            if (!r.fromTemperature().equals(r.temperature())) {
                entries.add(new Activities.NewActivity(
                        lead,
                        ActivityKind.TEMPERATURE_CHANGED,
                        "Temperature changed from " + r.fromTemperature() + " to " + r.temperature(),
                        Map.of("from", r.fromTemperature(), "to", r.temperature()),
                        at));
            }
        }
        activities.recordAll(entries);
    }
}
