package io.switchboard.scoring.internal;

import io.switchboard.leads.Engagement;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadTimeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A lead's activity as rules count it: its calls, hand-overs and completed tasks from its timeline
 * (module leads keeps them), and its analysed calls (recorded here).
 */
@Component
public class ActivityReader {

    private final LeadTimeline timeline;
    private final ActivityStore analyses;

    ActivityReader(LeadTimeline timeline, ActivityStore analyses) {
        this.timeline = timeline;
        this.analyses = analyses;
    }

    /** By lead, since {@code since} (all of it when null). */
    public Map<UUID, List<ActivityEvent>> of(Collection<UUID> leads, @Nullable Instant since) {
        if (leads.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ActivityEvent>> byLead = new HashMap<>(analyses.of(leads, since));
        for (Engagement e : timeline.engagements(leads.stream().map(LeadId::of).toList(), since)) {
            List<ActivityEvent> activity = byLead.computeIfAbsent(e.leadId().value(), k -> new ArrayList<>());
            for (Activity kind : kinds(e)) {
                activity.add(new ActivityEvent(kind, e.at()));
            }
        }
        return byLead;
    }

    /** A completed call is also an answered one; a canceled call counts as failed. */
    static List<Activity> kinds(Engagement e) {
        return switch (e.kind()) {
            case TRANSFERRED -> List.of(Activity.CALL_TRANSFERRED);
            case TASK_COMPLETED -> List.of(Activity.TASK_COMPLETED);
            case CALL ->
                switch (e.callStatus() == null ? "" : e.callStatus()) {
                    case "completed" -> List.of(Activity.CALL_COMPLETED, Activity.CALL_ANSWERED);
                    case "no_answer" -> List.of(Activity.CALL_NO_ANSWER);
                    case "busy" -> List.of(Activity.CALL_BUSY);
                    case "voicemail" -> List.of(Activity.CALL_VOICEMAIL);
                    default -> List.of(Activity.CALL_FAILED);
                };
            default -> List.of();
        };
    }
}
