package io.switchboard.telephony.internal;

import static io.switchboard.db.Tables.CALLS;

import io.switchboard.compliance.ContactHistory;
import io.switchboard.compliance.ContactLog;
import io.switchboard.leads.LeadId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * The calling gate's view of whom was called lately, read from the calls themselves (every
 * campaign's, every manual and inbound call), so no second record can drift from them.
 */
@Repository
class CallContacts implements ContactLog {

    private final DSLContext db;

    CallContacts(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<LeadId, ContactHistory> recent(Collection<LeadId> leads, Instant since, Instant now) {
        Map<LeadId, Instant> conversations = new HashMap<>();
        Map<LeadId, List<Instant>> attempts = new HashMap<>();
        db.select(CALLS.LEAD_ID, CALLS.DIRECTION, CALLS.DISPATCH_STATE, CALLS.STATUS, CALLS.QUEUED_AT)
                .select(CALLS.ANSWERED_AT, CALLS.ENDED_AT)
                .from(CALLS)
                .where(
                        CALLS.LEAD_ID.in(leads.stream().map(LeadId::value).toList()),
                        CALLS.QUEUED_AT.ge(since.atOffset(ZoneOffset.UTC)))
                .forEach(r -> {
                    LeadId lead = LeadId.of(r.get(CALLS.LEAD_ID, UUID.class));
                    if (r.get(CALLS.ANSWERED_AT) != null) {
                        Instant at = r.get(CALLS.ENDED_AT) == null
                                ? now
                                : r.get(CALLS.ENDED_AT).toInstant();
                        conversations.merge(lead, at, (a, b) -> a.isAfter(b) ? a : b);
                    }
                    if (placed(r)) {
                        attempts.computeIfAbsent(lead, l -> new ArrayList<>())
                                .add(r.get(CALLS.QUEUED_AT).toInstant());
                    }
                });
        return histories(leads, conversations, attempts);
    }

    private static Map<LeadId, ContactHistory> histories(
            Collection<LeadId> leads, Map<LeadId, Instant> conversations, Map<LeadId, List<Instant>> attempts) {
        Map<LeadId, ContactHistory> histories = new HashMap<>();
        for (LeadId lead : leads) {
            if (conversations.containsKey(lead) || attempts.containsKey(lead)) {
                histories.put(
                        lead,
                        new ContactHistory(lead, conversations.get(lead), attempts.getOrDefault(lead, List.of())));
            }
        }
        return histories;
    }

    /**
     * Whether the call is an attempt: an outbound call that was or is being placed. One the provider
     * refused, or that was canceled before it rang, never reached the person.
     */
    private static boolean placed(Record r) {
        return "outbound".equals(r.get(CALLS.DIRECTION))
                && !"failed".equals(r.get(CALLS.DISPATCH_STATE))
                && !"canceled".equals(r.get(CALLS.STATUS));
    }
}
