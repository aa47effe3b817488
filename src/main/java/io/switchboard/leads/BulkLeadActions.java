package io.switchboard.leads;

import io.switchboard.shared.InvalidInput;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assign, change the status of, or delete many leads at once: all or nothing, in one transaction,
 * each lead's change recorded on its timeline like a single change would be.
 */
@Service
public class BulkLeadActions {

    private final LeadManagement leads;
    private final LeadOwnership ownership;

    BulkLeadActions(LeadManagement leads, LeadOwnership ownership) {
        this.leads = leads;
        this.ownership = ownership;
    }

    /** @return how many leads the action applied to */
    @Transactional
    public int apply(BulkAction action, @Nullable UUID actor) {
        List<LeadId> ids = List.copyOf(new LinkedHashSet<>(action.leadIds()));
        if (ids.isEmpty() || ids.size() > BulkAction.MAX_LEADS) {
            throw new InvalidInput("lead_ids", "invalid_size", "must name 1 to " + BulkAction.MAX_LEADS + " leads");
        }
        ids.forEach(leads::get); // all exist in this organization, or nothing happens (404)
        switch (action.action()) {
            case ASSIGN -> ids.forEach(id -> ownership.assign(id, action.ownerId(), action.reason(), actor));
            case CHANGE_STATUS -> {
                if (action.status() == null) {
                    throw new InvalidInput("status", "required", "is required to change the status");
                }
                ids.forEach(id -> leads.update(id, LeadChanges.status(action.status()), actor));
            }
            case DELETE -> ids.forEach(id -> leads.delete(id, actor));
        }
        return ids.size();
    }
}
