package io.switchboard.leads;

import io.switchboard.shared.Conflict;
import java.util.Map;

/** A new lead matches an existing one: answered 409 with the existing lead's id. */
public class DuplicateLead extends Conflict {

    private final LeadId existing;

    public DuplicateLead(LeadId existing, String existingName, String matchedOn) {
        super(
                "duplicate_lead",
                "this lead duplicates " + existingName + " (" + existing + "), matched on "
                        + matchedOn.replace('_', ' '),
                Map.of("existing_lead_id", existing.value().toString(), "matched_on", matchedOn));
        this.existing = existing;
    }

    public LeadId existing() {
        return existing;
    }
}
