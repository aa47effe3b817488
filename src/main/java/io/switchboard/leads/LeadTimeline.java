package io.switchboard.leads;

import io.switchboard.leads.internal.Activities;
import io.switchboard.shared.CursorPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead's timeline, newest first: every recorded activity, ending with the lead's creation (read
 * from the lead itself, so a 200,000-row import does not write 200,000 timeline rows).
 */
@Service
public class LeadTimeline {

    private final Activities activities;
    private final LeadManagement leads;

    LeadTimeline(Activities activities, LeadManagement leads) {
        this.activities = activities;
        this.leads = leads;
    }

    /**
     * The calls (with their outcome), hand-overs to a human and completed tasks of these leads since
     * {@code since} (all of them when null), for scoring; in no particular order.
     */
    @Transactional(readOnly = true)
    public List<Engagement> engagements(Collection<LeadId> leads, @Nullable Instant since) {
        return leads.isEmpty()
                ? List.of()
                : activities.engagements(leads.stream().map(LeadId::value).toList(), since);
    }

    /** A message to or from the lead, on its timeline (messaging records them). */
    @Transactional
    public void recordMessage(
            LeadId lead, java.util.@Nullable UUID actor, String summary, Map<String, Object> details, Instant at) {
        activities.record(lead, ActivityKind.MESSAGE, actor, summary, details, at);
    }

    @Transactional(readOnly = true)
    public CursorPage<TimelineEntry> of(LeadId id, @Nullable String cursor, @Nullable Integer limit) {
        Lead lead = leads.get(id);
        int size = CursorPage.limit(limit);
        List<TimelineEntry> rows = activities.timeline(id, CursorPage.after(cursor), size);
        CursorPage<TimelineEntry> page = CursorPage.of(rows, size, TimelineEntry::id);
        if (page.nextCursor() != null) {
            return page;
        }
        List<TimelineEntry> withCreation = new ArrayList<>(page.data());
        withCreation.add(new TimelineEntry(
                lead.id().value(),
                lead.createdAt(),
                ActivityKind.CREATED,
                lead.createdBy(),
                "Lead created (" + lead.source().toString().replace('_', ' ') + ")",
                lead.importId() == null
                        ? Map.of()
                        : Map.of("import_id", lead.importId().toString())));
        return new CursorPage<>(withCreation, null);
    }
}
