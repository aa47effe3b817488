package io.switchboard.scoring;

import io.switchboard.leads.LeadId;
import io.switchboard.shared.TenantEvent;
import java.util.List;
import java.util.UUID;

/** Leads' scores changed (one event per rescoring or per batch of a recompute). */
public record LeadScoresChanged(UUID organizationId, List<Scored> scores) implements TenantEvent {

    public LeadScoresChanged {
        scores = List.copyOf(scores);
    }

    public record Scored(LeadId leadId, int score) {}
}
