package io.switchboard.campaigns.internal;

import io.switchboard.scoring.LeadScoresChanged;
import io.switchboard.tenancy.TenantTransactions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** Members keep their lead's score, so that the dialer's claim orders by it without reading leads. */
@Component
class MemberScores {

    private final Members members;
    private final TenantTransactions tenants;

    MemberScores(Members members, TenantTransactions tenants) {
        this.members = members;
        this.tenants = tenants;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadScoresChanged event) {
        Map<UUID, Integer> scores = new LinkedHashMap<>();
        event.scores().forEach(s -> scores.put(s.leadId().value(), s.score()));
        tenants.run(event, () -> members.rescore(scores));
    }
}
