package io.switchboard.conversations;

import io.switchboard.conversations.internal.AnalysisStore;
import io.switchboard.db.tables.records.CallAnalysesRecord;
import io.switchboard.identity.UserId;
import io.switchboard.identity.UserManagement;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.NewTask;
import io.switchboard.leads.Task;
import io.switchboard.leads.TaskManagement;
import io.switchboard.notifications.NotificationCenter;
import io.switchboard.notifications.RealtimeHub;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * What an analysed call leads to, in one transaction after the analysis committed (delivered again
 * after a crash, and applied once per run): the lead's temperature and score change through the
 * leads module (which writes the timeline), a follow-up task for the lead's owner when the call
 * needs one, a hot lead's owner hears of it at once (notification and {@code user:<id>}), and so
 * do the owner and the supervisors of a complaint or a request for a supervisor ({@link IssueAlerts}).
 * Re-analysing a call updates the lead again but never adds a second task or notification.
 */
@Component
class AnalysisOutcomes {

    private final AnalysisStore analyses;
    private final LeadDirectory directory;
    private final LeadManagement leads;
    private final TaskManagement tasks;
    private final UserManagement users;
    private final NotificationCenter notifications;
    private final IssueAlerts alerts;
    private final RealtimeHub hub;
    private final TenantTransactions tenants;
    private final Clock clock;

    AnalysisOutcomes(
            AnalysisStore analyses,
            LeadDirectory directory,
            LeadManagement leads,
            TaskManagement tasks,
            UserManagement users,
            NotificationCenter notifications,
            IssueAlerts alerts,
            RealtimeHub hub,
            TenantTransactions tenants,
            Clock clock) {
        this.analyses = analyses;
        this.directory = directory;
        this.leads = leads;
        this.tasks = tasks;
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
        if (lead != null) {
            LeadUpdatePolicy.of(analysis)
                    .flatMap(update -> LeadUpdatePolicy.changes(lead, update))
                    .ifPresent(changes -> leads.update(lead.id(), changes, null));
            if (row.getFollowUpTaskId() == null) {
                followUp(lead, analysis, owner, stored)
                        .ifPresent(task -> row.setFollowUpTaskId(task.id().value()));
            }
        }
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

    private Optional<Task> followUp(Lead lead, Analysis analysis, @Nullable UUID owner, CallAnalysis stored) {
        return FollowUpPolicy.of(analysis, lead.name(), lead.timezone(), "/calls/" + stored.callId(), clock.instant())
                .map(f -> tasks.create(
                        new NewTask(
                                lead.id(),
                                f.title(),
                                f.description(),
                                owner == null ? null : UserId.of(owner),
                                f.priority(),
                                f.dueAt()),
                        null));
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
