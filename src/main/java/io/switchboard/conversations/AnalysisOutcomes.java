package io.switchboard.conversations;

import io.switchboard.conversations.internal.AnalysisStore;
import io.switchboard.db.tables.records.CallAnalysesRecord;
import io.switchboard.identity.UserManagement;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadId;
import io.switchboard.notifications.NotificationCenter;
import io.switchboard.notifications.RealtimeHub;
import io.switchboard.shared.UserId;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * What an analysed call leads to here, in one transaction after the analysis committed (delivered
 * again after a crash, and applied once per run): a hot lead's owner hears of it at once
 * (notification and {@code user:<id>}), once per call, and so do the owner and the supervisors of a
 * complaint or a request for a supervisor ({@link IssueAlerts}). The lead's score and temperature
 * and the follow-up task are the scoring module's (it hears {@link CallAnalyzed} too).
 */
@Component
class AnalysisOutcomes {

    private final AnalysisStore analyses;
    private final LeadDirectory directory;
    private final UserManagement users;
    private final NotificationCenter notifications;
    private final IssueAlerts alerts;
    private final RealtimeHub hub;
    private final TenantTransactions tenants;
    private final Clock clock;

    AnalysisOutcomes(
            AnalysisStore analyses,
            LeadDirectory directory,
            UserManagement users,
            NotificationCenter notifications,
            IssueAlerts alerts,
            RealtimeHub hub,
            TenantTransactions tenants,
            Clock clock) {
        this.analyses = analyses;
        this.directory = directory;
        this.users = users;
        this.notifications = notifications;
        this.alerts = alerts;
        this.hub = hub;
        this.tenants = tenants;
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CallAnalyzed event) {
        tenants.run(event, () -> apply(event));
    }

    void apply(CallAnalyzed event) {
        CallAnalysesRecord row = analyses.lock(event.callId()).orElse(null);
        if (row == null || row.getOutcomesAppliedRun() >= event.run()) {
            return;
        }
        CallAnalysis stored = analyses.toCallAnalysis(row);
        Analysis analysis = stored.analysis();
        Lead lead = stored.leadId() == null
                ? null
                : directory
                        .find(LeadId.of(stored.leadId()))
                        .filter(l -> !l.isDeleted())
                        .orElse(null);
        UUID owner = active(stored.ownerId());
        if (analysis.qualification() == Qualification.HOT && owner != null && row.getOwnerNotifiedAt() == null) {
            notifyHot(event, owner, lead, analysis);
            row.setOwnerNotifiedAt(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
        }
        if (row.getIssueNotifiedAt() == null && alerts.alert(event, owner, lead, analysis)) {
            row.setIssueNotifiedAt(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
        }
        row.setOutcomesAppliedRun(event.run());
        row.store();
    }

    private void notifyHot(CallAnalyzed event, UUID owner, @Nullable Lead lead, Analysis analysis) {
        String name = lead == null ? "a caller" : lead.name();
        String link = "/calls/" + event.callId();
        notifications.notify(
                owner,
                "hot_lead",
                "high",
                "Hot lead: " + name,
                analysis.summary(),
                link,
                event.callId().value());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("call_id", event.callId().toString());
        if (lead != null) {
            data.put("lead_id", lead.id().toString());
        }
        data.put("lead_name", name);
        data.put("total_score", analysis.totalScore());
        data.put("link", link);
        hub.publish(event.organizationId(), "user:" + owner, "lead.hot", data);
    }

    private @Nullable UUID active(@Nullable UUID user) {
        return user != null && users.get(UserId.of(user)).isActive() ? user : null;
    }
}
