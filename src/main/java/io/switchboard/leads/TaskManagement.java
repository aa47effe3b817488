package io.switchboard.leads;

import io.switchboard.leads.internal.Activities;
import io.switchboard.leads.internal.People;
import io.switchboard.leads.internal.Tasks;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Patches;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-up tasks, on a lead or on their own; {@link TaskDeadlines} marks the ones past due as overdue. */
@Service
public class TaskManagement {

    private final Tasks tasks;
    private final LeadManagement leads;
    private final Activities activities;
    private final People people;
    private final ApplicationEventPublisher events;
    private final TaskDeadlines deadlines;
    private final Clock clock;

    TaskManagement(
            Tasks tasks,
            LeadManagement leads,
            Activities activities,
            People people,
            ApplicationEventPublisher events,
            TaskDeadlines deadlines,
            Clock clock) {
        this.tasks = tasks;
        this.leads = leads;
        this.activities = activities;
        this.people = people;
        this.events = events;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional
    public Task create(NewTask command, @Nullable UUID actor) {
        if (command.leadId() != null) {
            leads.get(command.leadId());
        }
        if (command.assigneeId() != null) {
            people.active(command.assigneeId(), "assignee_id");
        }
        var record = tasks.newRecord();
        record.setOrganizationId(TenantContext.require().value());
        record.setId(TaskId.generate().value());
        record.setLeadId(command.leadId() == null ? null : command.leadId().value());
        record.setTitle(text("title", command.title(), 300));
        record.setDescription(command.description());
        record.setAssigneeId(
                command.assigneeId() == null ? null : command.assigneeId().value());
        record.setCreatedBy(actor);
        record.setPriority((command.priority() == null ? TaskPriority.NORMAL : command.priority()).toString());
        record.setStatus(TaskStatus.PENDING.toString());
        record.setDueAt(command.dueAt().atOffset(ZoneOffset.UTC));
        record.store();
        Task task = Tasks.toTask(record);
        if (task.leadId() != null) {
            activities.record(
                    task.leadId(),
                    ActivityKind.TASK_CREATED,
                    actor,
                    "Task: " + task.title(),
                    Map.of(
                            "task_id",
                            task.id().toString(),
                            "due_at",
                            task.dueAt().toString()));
        }
        deadlines.watch(task);
        announce(task, null);
        return task;
    }

    @Transactional(readOnly = true)
    public Task get(TaskId id) {
        return tasks.findRecord(id).map(Tasks::toTask).orElseThrow(() -> new NotFound("task", id));
    }

    @Transactional(readOnly = true)
    public CursorPage<Task> list(
            @Nullable LeadId lead,
            @Nullable UserId assignee,
            @Nullable List<TaskStatus> statuses,
            @Nullable Instant dueBefore,
            @Nullable String cursor,
            @Nullable Integer limit) {
        if (lead != null) {
            leads.get(lead);
        }
        int size = CursorPage.limit(limit);
        return CursorPage.of(
                tasks.list(lead, assignee, statuses, dueBefore, CursorPage.after(cursor), size),
                size,
                t -> t.id().value());
    }

    /** Open tasks within the caller's reach, overdue first, then the soonest due; optionally one person's. */
    @Transactional(readOnly = true)
    public List<Task> agenda(@Nullable UserId assignee) {
        return tasks.agenda(assignee, 200);
    }

    @Transactional(readOnly = true)
    public int overdue(UserId assignee) {
        return tasks.overdue(assignee);
    }

    @Transactional
    public Task update(TaskId id, TaskChanges changes, @Nullable UUID actor) {
        var record = tasks.findRecord(id).orElseThrow(() -> new NotFound("task", id));
        Task before = Tasks.toTask(record);
        Patches.require(changes.title(), "title", title -> record.setTitle(text("title", title, 300)));
        Patches.apply(changes.description(), record::setDescription);
        Patches.apply(changes.assigneeId(), user -> {
            if (user != null) {
                people.active(user, "assignee_id");
            }
            record.setAssigneeId(user == null ? null : user.value());
        });
        Patches.require(changes.priority(), "priority", p -> record.setPriority(p.toString()));
        Patches.require(changes.dueAt(), "due_at", due -> record.setDueAt(due.atOffset(ZoneOffset.UTC)));
        Patches.require(changes.status(), "status", status -> {
            record.setStatus(status.toString());
            record.setCompletedAt(
                    status == TaskStatus.COMPLETED ? clock.instant().atOffset(ZoneOffset.UTC) : null);
        });
        record.store();
        Task after = Tasks.toTask(record);
        if (after.status() == TaskStatus.COMPLETED
                && before.status() != TaskStatus.COMPLETED
                && after.leadId() != null) {
            activities.record(
                    after.leadId(),
                    ActivityKind.TASK_COMPLETED,
                    actor,
                    "Task completed: " + after.title(),
                    Map.of("task_id", after.id().toString()));
            events.publishEvent(new TaskCompleted(
                    record.getOrganizationId(),
                    after.id(),
                    after.leadId(),
                    record.getCompletedAt().toInstant()));
        }
        deadlines.watch(after);
        announce(after, before.assigneeId());
        return after;
    }

    @Transactional
    public void delete(TaskId id) {
        get(id);
        tasks.delete(id);
        deadlines.forget(id);
    }

    private void announce(Task task, @Nullable UserId previousAssignee) {
        if (task.assigneeId() != null && !Objects.equals(task.assigneeId(), previousAssignee)) {
            events.publishEvent(new TaskAssigned(
                    TenantContext.require().value(),
                    task.id(),
                    task.leadId(),
                    task.title(),
                    task.assigneeId(),
                    task.dueAt()));
        }
    }

    private static String text(String field, String value, int max) {
        String clean = value.strip();
        if (clean.isEmpty() || clean.length() > max) {
            throw new InvalidInput(field, "invalid_length", "must be 1 to " + max + " characters");
        }
        return clean;
    }
}
