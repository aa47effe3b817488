package io.switchboard.scoring.internal;

import io.switchboard.conversations.CallAnalysis;
import io.switchboard.conversations.CallAnalyzed;
import io.switchboard.conversations.CallConversations;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadAssigned;
import io.switchboard.leads.LeadChanged;
import io.switchboard.leads.LeadCreated;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadImportCompleted;
import io.switchboard.leads.LeadsMerged;
import io.switchboard.leads.TaskCompleted;
import io.switchboard.scoring.Recomputes;
import io.switchboard.scoring.internal.ScoreState.AnalysisSnapshot;
import io.switchboard.telephony.CallEnded;
import io.switchboard.tenancy.TenantTransactions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Rescores a lead when something that counts changed, in the organization's transaction after the
 * change committed (delivered again after a crash). Each event applies once: rescoring is a function
 * of the lead's state (a second delivery finds nothing to change), an analysed call's activity is
 * keyed by the call and its base by the call's run, and its follow-up task is made once per call.
 * Calls and tasks store a publication only in organizations whose rules count activity.
 */
@Component
class ScoringListeners {

    private static final String COUNTS_ACTIVITY = "@scoringRuleUsage.countsActivity(#event.organizationId())";

    private final TenantTransactions tenants;
    private final LeadDirectory directory;
    private final Rescorer rescorer;
    private final ActivityStore activity;
    private final CallConversations conversations;
    private final AnalysisFollowUps followUps;
    private final Recomputes recomputes;
    private final WinModels models;

    ScoringListeners(
            TenantTransactions tenants,
            LeadDirectory directory,
            Rescorer rescorer,
            ActivityStore activity,
            CallConversations conversations,
            AnalysisFollowUps followUps,
            Recomputes recomputes,
            WinModels models) {
        this.tenants = tenants;
        this.directory = directory;
        this.rescorer = rescorer;
        this.activity = activity;
        this.conversations = conversations;
        this.followUps = followUps;
        this.recomputes = recomputes;
        this.models = models;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadCreated event) {
        tenants.run(event, () -> rescore(event.leadId(), null));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadChanged event) {
        tenants.run(event, () -> {
            Lead lead = rescore(event.leadId(), null);
            if (lead != null && event.fields().contains("status")) {
                models.outcome(lead, event.at());
            }
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadAssigned event) {
        tenants.run(event, () -> rescore(event.leadId(), null));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadsMerged event) {
        tenants.run(event, () -> {
            activity.move(event.mergedId().value(), event.survivorId().value());
            rescore(event.survivorId(), null);
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadImportCompleted event) {
        tenants.run(event, () -> recomputes.startForImport(event.importId()));
    }

    @ApplicationModuleListener(
            propagation = Propagation.NOT_SUPPORTED,
            condition = "#event.leadId() != null and " + COUNTS_ACTIVITY)
    void on(CallEnded event) {
        tenants.run(event, () -> rescore(LeadId.of(event.leadId()), null));
    }

    @ApplicationModuleListener(
            propagation = Propagation.NOT_SUPPORTED,
            condition = "#event.leadId() != null and " + COUNTS_ACTIVITY)
    void on(TaskCompleted event) {
        tenants.run(event, () -> rescore(event.leadId(), null));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED, condition = "#event.leadId() != null")
    void on(CallAnalyzed event) {
        tenants.run(event, () -> analysed(event));
    }

    private void analysed(CallAnalyzed event) {
        CallAnalysis stored = conversations.findAnalysis(event.callId()).orElse(null);
        UUID leadId = stored == null ? null : stored.leadId();
        if (leadId == null) {
            return;
        }
        AnalysisSnapshot snapshot = AnalysisBase.snapshot(stored);
        activity.replace(
                leadId,
                AnalysisBase.activity(snapshot.qualification()),
                snapshot.analyzedAt(),
                "analysis:" + snapshot.callId());
        Lead lead = rescore(LeadId.of(leadId), snapshot);
        if (lead != null) {
            followUps.of(lead, stored);
        }
    }

    /** @return the lead, or null when it is gone (deleted leads are not scored) */
    private @Nullable Lead rescore(LeadId id, @Nullable AnalysisSnapshot analysis) {
        Lead lead = directory.find(id).filter(l -> !l.isDeleted()).orElse(null);
        if (lead != null) {
            Map<UUID, AnalysisSnapshot> analyses = analysis == null ? Map.of() : Map.of(id.value(), analysis);
            rescorer.rescore(List.of(lead), analyses, false);
        }
        return lead;
    }
}
