package io.switchboard.leads;

import io.switchboard.leads.internal.Arrivals;
import io.switchboard.shared.InvalidInput;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads that arrived earlier, somewhere else (a move from another system, the demo's history),
 * captured with their arrival time: their timeline, speed to lead and the day they count on in
 * analytics are those of their arrival, not of their entry here.
 */
@Service
public class PastLeads {

    private final LeadManagement leads;
    private final Arrivals arrivals;

    PastLeads(LeadManagement leads, Arrivals arrivals) {
        this.leads = leads;
        this.arrivals = arrivals;
    }

    /**
     * Captures the lead as {@link LeadManagement#create} does, dated {@code arrivedAt}. The modules
     * that hear of a new lead read it after the commit, so they see the arrival time.
     */
    @Transactional
    public Lead create(NewLead command, @Nullable UUID actor, Instant arrivedAt) {
        if (arrivedAt.isAfter(Instant.now())) {
            throw new InvalidInput("created_at", "created_in_future", "a lead cannot have arrived in the future");
        }
        LeadId id = leads.create(command, actor).id();
        arrivals.date(id, arrivedAt);
        return leads.get(id);
    }
}
