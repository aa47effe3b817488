package io.switchboard.conversations;

import io.switchboard.compliance.DncSource;
import io.switchboard.compliance.DoNotCall;
import io.switchboard.conversations.internal.AnalysisStore;
import io.switchboard.db.tables.records.CallAnalysesRecord;
import io.switchboard.leads.PhoneNumbers;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * A do-not-call request heard in a transcript puts the number on the organization's do-not-call
 * list (source {@code transcript}), once per call: a re-analysis or a redelivered event finds the
 * call marked and adds nothing, and a number listed already (by the provider's opt-out during the
 * call, say) keeps its entry.
 */
@Component
class TranscriptDoNotCall {

    private static final Logger log = LoggerFactory.getLogger(TranscriptDoNotCall.class);

    private final AnalysisStore analyses;
    private final DoNotCall doNotCall;
    private final TenantTransactions tenants;
    private final Clock clock;

    TranscriptDoNotCall(AnalysisStore analyses, DoNotCall doNotCall, TenantTransactions tenants, Clock clock) {
        this.analyses = analyses;
        this.doNotCall = doNotCall;
        this.tenants = tenants;
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DoNotCallRequested event) {
        tenants.run(event, () -> list(event));
    }

    void list(DoNotCallRequested event) {
        CallAnalysesRecord row = analyses.lock(event.callId()).orElse(null);
        if (row == null || row.getDoNotCallListedAt() != null) {
            return;
        }
        // A number that cannot be listed must not fail the transaction (and be redelivered forever).
        if (PhoneNumbers.normalize(event.phone(), "ZZ") instanceof PhoneNumbers.Valid) {
            doNotCall.add(
                    event.phone(),
                    "Asked not to be called again (transcript of call " + event.callId() + ")",
                    DncSource.TRANSCRIPT);
        } else {
            log.warn(
                    "call {}: a do-not-call request for a number that is not E.164 ({}); not listed",
                    event.callId(),
                    event.phone());
        }
        row.setDoNotCallListedAt(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
        row.store();
    }
}
