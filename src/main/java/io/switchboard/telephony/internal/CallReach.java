package io.switchboard.telephony.internal;

import static io.switchboard.db.Tables.CALLS;

import io.switchboard.leads.LeadDirectory;
import io.switchboard.shared.Reach;
import io.switchboard.shared.RecordReach;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The calls within the current request's reach, as one condition on {@code calls} (all of them for
 * a thread without a reach: webhooks, the dialer, listeners): those the caller handled, and those of
 * the leads within their call reach, measured like their lead reach; the leads module answers
 * which leads those are. A call out of reach does not exist for the caller (404).
 */
@Component
class CallReach {

    private final LeadDirectory leads;

    CallReach(LeadDirectory leads) {
        this.leads = leads;
    }

    Condition condition() {
        return RecordReach.current()
                .filter(r -> r.calls() != Reach.ALL)
                .map(r -> CALLS.USER_ID
                        .eq(r.user().value())
                        .or(CALLS.LEAD_ID.eq(DSL.any(leads.idsInReach(r.calls()).toArray(UUID[]::new)))))
                .orElse(DSL.noCondition());
    }
}
