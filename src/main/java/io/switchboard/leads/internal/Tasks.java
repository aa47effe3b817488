package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.TASKS;

import io.switchboard.db.tables.records.TasksRecord;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.Task;
import io.switchboard.leads.TaskId;
import io.switchboard.leads.TaskPriority;
import io.switchboard.leads.TaskStatus;
import io.switchboard.shared.RecordReach;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class Tasks {

    private static final List<String> OPEN =
            List.of(TaskStatus.PENDING.toString(), TaskStatus.IN_PROGRESS.toString(), TaskStatus.OVERDUE.toString());

    private final DSLContext db;

    Tasks(DSLContext db) {
        this.db = db;
    }

    public TasksRecord newRecord() {
        return db.newRecord(TASKS);
    }

    public Optional<TasksRecord> findRecord(TaskId id) {
        return db.selectFrom(TASKS)
                .where(TASKS.ID.eq(id.value()))
                .and(inReach())
                .fetchOptional();
    }

    public Optional<Task> find(TaskId id) {
        return findRecord(id).map(Tasks::toTask);
    }

    /**
     * The tasks within the current request's reach (all for a thread without one): own = assigned to
     * or created by the caller; team = assigned to someone in their teams, or created by them.
     */
    static Condition inReach() {
        return RecordReach.current()
                .map(r -> switch (r.tasks()) {
                    case ALL -> DSL.noCondition();
                    case TEAM ->
                        TASKS.ASSIGNEE_ID
                                .in(r.teammates())
                                .or(TASKS.CREATED_BY.eq(r.user().value()));
                    case OWN ->
                        TASKS.ASSIGNEE_ID
                                .eq(r.user().value())
                                .or(TASKS.CREATED_BY.eq(r.user().value()));
                })
                .orElse(DSL.noCondition());
    }

    /** Open tasks within reach, overdue first, then the soonest due (a person's working list). */
    public List<Task> agenda(@Nullable UserId assignee, int limit) {
        // Due (or marked overdue) first, then the upcoming ones, each part up to the limit: an agent
        // with a long backlog still sees what is coming next.
        Condition due = TASKS.STATUS.eq(TaskStatus.OVERDUE.toString()).or(TASKS.DUE_AT.le(DSL.currentOffsetDateTime()));
        List<Task> agenda = new ArrayList<>(agendaPart(assignee, due, limit));
        agenda.addAll(agendaPart(assignee, DSL.not(due), limit));
        return agenda;
    }

    private List<Task> agendaPart(@Nullable UserId assignee, Condition part, int limit) {
        return db.selectFrom(TASKS)
                .where(TASKS.STATUS.in(OPEN))
                .and(assignee == null ? DSL.noCondition() : TASKS.ASSIGNEE_ID.eq(assignee.value()))
                .and(inReach())
                .and(part)
                .orderBy(
                        DSL.when(TASKS.STATUS.eq(TaskStatus.OVERDUE.toString()), 0)
                                .otherwise(1),
                        TASKS.DUE_AT,
                        TASKS.ID)
                .limit(limit)
                .fetch(Tasks::toTask);
    }

    /** How many of {@code assignee}'s tasks are overdue (due and still open). */
    public int overdue(UserId assignee) {
        return db.fetchCount(
                TASKS,
                TASKS.ASSIGNEE_ID
                        .eq(assignee.value())
                        .and(TASKS.STATUS.in(OPEN))
                        .and(TASKS.DUE_AT.le(DSL.currentOffsetDateTime())));
    }

    public List<Task> list(
            @Nullable LeadId lead,
            @Nullable UserId assignee,
            @Nullable List<TaskStatus> statuses,
            @Nullable Instant dueBefore,
            @Nullable UUID after,
            int limit) {
        List<Condition> where = new ArrayList<>();
        where.add(inReach());
        if (lead != null) {
            where.add(TASKS.LEAD_ID.eq(lead.value()));
        }
        if (assignee != null) {
            where.add(TASKS.ASSIGNEE_ID.eq(assignee.value()));
        }
        if (statuses != null && !statuses.isEmpty()) {
            where.add(TASKS.STATUS.in(statuses.stream().map(Object::toString).toList()));
        }
        if (dueBefore != null) {
            where.add(TASKS.DUE_AT.lt(dueBefore.atOffset(ZoneOffset.UTC)));
        }
        if (after != null) {
            where.add(TASKS.ID.gt(after));
        }
        return db.selectFrom(TASKS)
                .where(where)
                .orderBy(TASKS.ID)
                .limit(limit + 1)
                .fetch(Tasks::toTask);
    }

    /** The task becomes overdue if it is still open and its due time has passed. */
    public boolean markOverdue(TaskId id) {
        return db.update(TASKS)
                        .set(TASKS.STATUS, TaskStatus.OVERDUE.toString())
                        .where(TASKS.ID.eq(id.value()))
                        .and(TASKS.STATUS.in("pending", "in_progress"))
                        .and(TASKS.DUE_AT.le(DSL.currentOffsetDateTime()))
                        .execute()
                == 1;
    }

    public int move(LeadId from, LeadId to) {
        return db.update(TASKS)
                .set(TASKS.LEAD_ID, to.value())
                .where(TASKS.LEAD_ID.eq(from.value()))
                .execute();
    }

    public void delete(TaskId id) {
        db.deleteFrom(TASKS).where(TASKS.ID.eq(id.value())).execute();
    }

    public static Task toTask(TasksRecord r) {
        return new Task(
                TaskId.of(r.getId()),
                r.getLeadId() == null ? null : LeadId.of(r.getLeadId()),
                r.getTitle(),
                r.getDescription(),
                r.getAssigneeId() == null ? null : UserId.of(r.getAssigneeId()),
                r.getCreatedBy(),
                TaskPriority.fromCode(r.getPriority()),
                TaskStatus.fromCode(r.getStatus()),
                r.getDueAt().toInstant(),
                r.getCompletedAt() == null ? null : r.getCompletedAt().toInstant(),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant());
    }
}
