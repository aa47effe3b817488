package io.switchboard.compliance;

import io.switchboard.leads.LeadId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Where {@link CallingGate} learns whom was called lately. The calls live in telephony, which
 * depends on this module, so telephony implements this interface rather than compliance reading
 * its tables.
 */
public interface ContactLog {

    /**
     * The recent calls of these leads since {@code since}, in the current organization; a lead
     * without any is missing from the answer.
     */
    Map<LeadId, ContactHistory> recent(Collection<LeadId> leads, Instant since, Instant now);
}
