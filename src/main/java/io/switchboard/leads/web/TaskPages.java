package io.switchboard.leads.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.Task;
import io.switchboard.leads.TaskChanges;
import io.switchboard.leads.TaskId;
import io.switchboard.leads.TaskManagement;
import io.switchboard.leads.TaskStatus;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.shared.Reach;
import io.switchboard.shared.RecordReach;
import io.switchboard.shared.UserId;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My tasks": the open tasks within the caller's reach, overdue first, then the soonest due; done
 * and rescheduled in place. Someone who reaches beyond their own tasks picks whose to see.
 */
@Controller
@ConsolePage
class TaskPages {

    private final TaskManagement tasks;
    private final LeadDirectory leads;
    private final LeadPages listPages;

    TaskPages(TaskManagement tasks, LeadDirectory leads, LeadPages listPages) {
        this.tasks = tasks;
        this.leads = leads;
        this.listPages = listPages;
    }

    @Bean
    static NavigationEntry tasksNavigation() {
        return new NavigationEntry("Sales", "My tasks", "/tasks", "leads:read", 105);
    }

    @GetMapping("/tasks")
    @PreAuthorize("hasAuthority('leads:read')")
    String list(
            @RequestParam(name = "person", required = false) @Nullable String person,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        return render(whose(person, me), model, "leads/tasks");
    }

    @PostMapping("/tasks/{id}/complete")
    @PreAuthorize("hasAuthority('leads:write')")
    String complete(
            @PathVariable UUID id,
            @RequestParam(name = "person", required = false) @Nullable String person,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        tasks.update(
                TaskId.of(id), TaskChanges.status(TaskStatus.COMPLETED), me.id().value());
        return render(whose(person, me), model, "leads/tasks :: agenda");
    }

    /** A new due time, read in the browser's time zone; an overdue task is pending again. */
    @PostMapping("/tasks/{id}/reschedule")
    @PreAuthorize("hasAuthority('leads:write')")
    String reschedule(
            @PathVariable UUID id,
            @RequestParam("due_at") LocalDateTime due,
            @RequestParam(name = "tz", defaultValue = "UTC") String tz,
            @RequestParam(name = "person", required = false) @Nullable String person,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        Task task = tasks.get(TaskId.of(id));
        tasks.update(
                task.id(),
                new TaskChanges(
                        null,
                        null,
                        null,
                        null,
                        task.status() == TaskStatus.OVERDUE ? Optional.of(TaskStatus.PENDING) : null,
                        Optional.of(due.atZone(zone(tz)).toInstant())),
                me.id().value());
        return render(whose(person, me), model, "leads/tasks :: agenda");
    }

    /** Whose tasks: the caller's own by default; anyone's ("all") for those who reach beyond their own. */
    private static @Nullable UserId whose(@Nullable String person, AuthenticatedUser me) {
        boolean ownOnly = RecordReach.current().map(r -> r.tasks() == Reach.OWN).orElse(false);
        if (ownOnly || person == null || person.isBlank()) {
            return me.id();
        }
        if (person.equals("all")) {
            return null;
        }
        try {
            return UserId.of(UUID.fromString(person));
        } catch (IllegalArgumentException e) {
            return me.id();
        }
    }

    private String render(@Nullable UserId whose, Model model, String view) {
        List<Task> agenda = tasks.agenda(whose);
        model.addAttribute("agenda", agenda);
        model.addAttribute("person", whose == null ? "all" : whose.toString());
        model.addAttribute(
                "choosesPerson",
                RecordReach.current().map(r -> r.tasks() != Reach.OWN).orElse(true));
        model.addAttribute(
                "leadNames",
                leads.names(agenda.stream()
                        .map(Task::leadId)
                        .filter(Objects::nonNull)
                        .map(LeadId::value)
                        .distinct()
                        .toList()));
        listPages.addChoices(model);
        return view;
    }

    private static ZoneId zone(String tz) {
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
