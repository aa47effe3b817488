package io.switchboard.scoring.internal;

import static io.switchboard.db.Tables.ANALYSIS_FOLLOW_UPS;

import io.switchboard.conversations.CallAnalysis;
import io.switchboard.identity.UserManagement;
import io.switchboard.leads.Lead;
import io.switchboard.leads.NewTask;
import io.switchboard.leads.Task;
import io.switchboard.leads.TaskManagement;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Clock;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The follow-up task an analysed call asks for ({@link FollowUpPolicy}), for the lead's owner when
 * the call was analysed (else whoever placed the call), made once per call however often the call
 * is analysed again.
 */
@Component
public class AnalysisFollowUps {

    private final DSLContext db;
    private final TaskManagement tasks;
    private final UserManagement users;
    private final Clock clock;

    AnalysisFollowUps(DSLContext db, TaskManagement tasks, UserManagement users, Clock clock) {
        this.db = db;
        this.tasks = tasks;
        this.users = users;
        this.clock = clock;
    }

    public void of(Lead lead, CallAnalysis analysis) {
        var followUp = FollowUpPolicy.of(
                analysis.analysis(), lead.name(), lead.timezone(), "/calls/" + analysis.callId(), clock.instant());
        if (followUp.isEmpty() || !claim(analysis.callId().value(), lead)) {
            return;
        }
        UUID owner = active(analysis.ownerId());
        var f = followUp.get();
        Task task = tasks.create(
                new NewTask(
                        lead.id(),
                        f.title(),
                        f.description(),
                        owner == null ? null : UserId.of(owner),
                        f.priority(),
                        f.dueAt()),
                null);
        db.update(ANALYSIS_FOLLOW_UPS)
                .set(ANALYSIS_FOLLOW_UPS.TASK_ID, task.id().value())
                .where(ANALYSIS_FOLLOW_UPS.CALL_ID.eq(analysis.callId().value()))
                .execute();
    }

    /** Whether this call has no follow-up yet (and now has one on the way). */
    private boolean claim(UUID call, Lead lead) {
        return db.insertInto(ANALYSIS_FOLLOW_UPS)
                        .set(
                                ANALYSIS_FOLLOW_UPS.ORGANIZATION_ID,
                                TenantContext.require().value())
                        .set(ANALYSIS_FOLLOW_UPS.CALL_ID, call)
                        .set(ANALYSIS_FOLLOW_UPS.LEAD_ID, lead.id().value())
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    private @Nullable UUID active(@Nullable UUID user) {
        return user != null && users.get(UserId.of(user)).isActive() ? user : null;
    }
}
