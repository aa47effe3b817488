package io.switchboard.demo;

import io.switchboard.billing.CreditManagement;
import io.switchboard.billing.Credits;
import io.switchboard.shared.Ids;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Acme Realty's credit: an opening top-up and a few calls that held, settled or released credit, so
 * the ledger shows each kind of movement.
 */
@Component
class DemoBilling {

    private final Credits credits;
    private final CreditManagement management;

    DemoBilling(Credits credits, CreditManagement management) {
        this.credits = credits;
        this.management = management;
    }

    /** Must run in the demo organization's tenant context. */
    void create() {
        management.topUp(50_000L, "Opening balance (demo)", true);
        call(Duration.ofSeconds(192)); // 3 min 12 s: four started minutes
        call(Duration.ofSeconds(47)); // one minute
        UUID unanswered = Ids.next();
        credits.hold(unanswered);
        credits.release(unanswered); // no answer: the whole hold returns
        call(Duration.ofSeconds(605)); // 10 min 5 s: past the 5-minute hold, the rest from the balance
        credits.hold(Ids.next()); // a call in progress right now
    }

    private void call(Duration answered) {
        UUID call = Ids.next();
        credits.hold(call);
        credits.settle(call, answered);
    }
}
