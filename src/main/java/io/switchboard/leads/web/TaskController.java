package io.switchboard.leads.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.NewTask;
import io.switchboard.leads.Task;
import io.switchboard.leads.TaskChanges;
import io.switchboard.leads.TaskId;
import io.switchboard.leads.TaskManagement;
import io.switchboard.leads.TaskPriority;
import io.switchboard.leads.TaskStatus;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(
        name = "Tasks",
        description = "Follow-up tasks with assignee, priority and due time; overdue ones are marked by a job")
class TaskController {

    private final TaskManagement tasks;

    TaskController(TaskManagement tasks) {
        this.tasks = tasks;
    }

    record CreateTask(
            @Nullable UUID leadId,
            @NotBlank @Size(max = 300) String title,
            @Nullable @Size(max = 5000) String description,
            @Nullable UUID assigneeId,
            @Nullable TaskPriority priority,
            @NotNull Instant dueAt) {}

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UpdateTask(
            @Nullable Optional<@Size(min = 1, max = 300) String> title,
            @Nullable Optional<@Size(max = 5000) String> description,
            @Nullable Optional<UUID> assigneeId,
            @Nullable Optional<TaskPriority> priority,
            @Nullable Optional<TaskStatus> status,
            @Nullable Optional<Instant> dueAt) {}

    @GetMapping
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(
            summary = "List tasks",
            description = "Filter by lead_id, assignee_id (or mine=true), status, due_before.")
    CursorPage<Task> list(
            @RequestParam(name = "lead_id", required = false) @Nullable UUID leadId,
            @RequestParam(name = "assignee_id", required = false) @Nullable UUID assigneeId,
            @RequestParam(required = false) @Nullable Boolean mine,
            @RequestParam(required = false) @Nullable @Size(max = 20) List<TaskStatus> status,
            @RequestParam(name = "due_before", required = false) @Nullable Instant dueBefore,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor,
            @AuthenticationPrincipal AuthenticatedUser me) {
        UserId assignee = Boolean.TRUE.equals(mine) ? me.id() : assigneeId == null ? null : UserId.of(assigneeId);
        return tasks.list(leadId == null ? null : LeadId.of(leadId), assignee, status, dueBefore, cursor, limit);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(summary = "Create a task (the assignee is notified)")
    Task create(@Valid @RequestBody CreateTask body, @AuthenticationPrincipal AuthenticatedUser me) {
        return tasks.create(
                new NewTask(
                        body.leadId() == null ? null : LeadId.of(body.leadId()),
                        body.title(),
                        body.description(),
                        body.assigneeId() == null ? null : UserId.of(body.assigneeId()),
                        body.priority(),
                        body.dueAt()),
                me.id().value());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "Get a task")
    Task get(@PathVariable UUID id) {
        return tasks.get(TaskId.of(id));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(summary = "Update a task; status completed records the completion on the lead's timeline")
    Task update(
            @PathVariable UUID id, @Valid @RequestBody UpdateTask body, @AuthenticationPrincipal AuthenticatedUser me) {
        return tasks.update(
                TaskId.of(id),
                new TaskChanges(
                        body.title(),
                        body.description(),
                        body.assigneeId() == null ? null : body.assigneeId().map(UserId::of),
                        body.priority(),
                        body.status(),
                        body.dueAt()),
                me.id().value());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(summary = "Delete a task")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        tasks.delete(TaskId.of(id));
    }
}
