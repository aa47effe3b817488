package io.switchboard.routing.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.ViewerZone;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.Task;
import io.switchboard.leads.TaskChanges;
import io.switchboard.leads.TaskId;
import io.switchboard.leads.TaskManagement;
import io.switchboard.leads.TaskStatus;
import io.switchboard.routing.AgentPresence;
import io.switchboard.routing.AgentStatus;
import io.switchboard.routing.AvailabilityManagement;
import io.switchboard.routing.Disposition;
import io.switchboard.routing.QueueManagement;
import io.switchboard.routing.ReservationId;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkRouting;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.NavigationEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The agent desk (status, offers with a countdown and the lead's card, work in progress, the
 * callbacks and tasks due by the end of the agent's day; live on the agent's own topic, presence
 * kept by a heartbeat) and the supervisors' wallboard (live on {@code routing}, with a TV mode).
 */
@Controller
@ConsolePage
class RoutingPages {

    private static final int TODAY_LIMIT = 10;
    private static final int NOTE_LIMIT = 2000;

    private final AvailabilityManagement availability;
    private final WorkRouting routing;
    private final QueueManagement queues;
    private final TaskManagement tasks;
    private final LeadDirectory leads;
    private final ViewerZone zone;
    private final Clock clock;

    RoutingPages(
            AvailabilityManagement availability,
            WorkRouting routing,
            QueueManagement queues,
            TaskManagement tasks,
            LeadDirectory leads,
            ViewerZone zone,
            Clock clock) {
        this.availability = availability;
        this.routing = routing;
        this.queues = queues;
        this.tasks = tasks;
        this.leads = leads;
        this.zone = zone;
        this.clock = clock;
    }

    @Bean
    static NavigationEntry deskNavigation() {
        return new NavigationEntry("Floor", "My desk", "/desk", "routing:work", 50);
    }

    @Bean
    static NavigationEntry wallboardNavigation() {
        return new NavigationEntry("Floor", "Wallboard", "/wallboard", "routing:read", 60);
    }

    @GetMapping("/desk")
    @PreAuthorize("hasAuthority('routing:work')")
    String desk(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
        deskModel(me, model);
        return "routing/desk";
    }

    @GetMapping("/desk/panel")
    @PreAuthorize("hasAuthority('routing:work')")
    String panel(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
        deskModel(me, model);
        return "routing/desk :: panel";
    }

    @PostMapping("/desk/status")
    @PreAuthorize("hasAuthority('routing:work')")
    String status(
            @RequestParam AgentStatus status,
            @RequestParam(required = false) @Nullable String reason,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        availability.set(me.id(), status, reason);
        return panel(me, model);
    }

    @PostMapping("/desk/heartbeat")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('routing:work')")
    void heartbeat(@AuthenticationPrincipal AuthenticatedUser me) {
        availability.heartbeat(me.id());
    }

    @PostMapping("/desk/offers/{id}/{answer:accept|reject}")
    @PreAuthorize("hasAuthority('routing:work')")
    String answer(
            @PathVariable UUID id,
            @PathVariable String answer,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        if (answer.equals("accept")) {
            routing.accept(ReservationId.of(id), me.id());
        } else {
            routing.reject(ReservationId.of(id), me.id());
        }
        return panel(me, model);
    }

    /** Finished with how it went; a note longer than the API allows is cut there, not refused. */
    @PostMapping("/desk/work/{id}/complete")
    @PreAuthorize("hasAuthority('routing:work')")
    String complete(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Disposition disposition,
            @RequestParam(required = false) @Nullable String note,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        String text = note == null ? null : note.substring(0, Math.min(note.length(), NOTE_LIMIT));
        routing.complete(WorkId.of(id), me.id(), disposition, text);
        return panel(me, model);
    }

    /** The agent ends the live call (the button asks to confirm first); the desk turns to the disposition. */
    @PostMapping("/desk/work/{id}/hangup")
    @PreAuthorize("hasAuthority('routing:work')")
    String hangup(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        routing.hangup(WorkId.of(id), me.id(), false);
        return panel(me, model);
    }

    @PostMapping("/desk/tasks/{id}/complete")
    @PreAuthorize("hasAuthority('routing:work') and hasAuthority('leads:write')")
    String completeTask(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        tasks.update(
                TaskId.of(id), TaskChanges.status(TaskStatus.COMPLETED), me.id().value());
        return panel(me, model);
    }

    @GetMapping("/wallboard")
    @PreAuthorize("hasAuthority('routing:read')")
    String wallboard(@RequestParam(defaultValue = "false") boolean tv, Model model) {
        wallboardModel(model);
        model.addAttribute("tv", tv);
        return "routing/wallboard";
    }

    @GetMapping("/wallboard/panel")
    @PreAuthorize("hasAuthority('routing:read')")
    String wallboardPanel(Model model) {
        wallboardModel(model);
        return "routing/wallboard :: board";
    }

    private void deskModel(AuthenticatedUser me, Model model) {
        model.addAttribute("presence", availability.mine(me.id()));
        model.addAttribute("work", routing.mine(me.id()));
        model.addAttribute("statuses", Arrays.asList(AgentStatus.values()));
        model.addAttribute("dispositions", Arrays.asList(Disposition.values()));
        model.addAttribute("now", clock.instant());
        List<Task> today = dueToday(me);
        model.addAttribute("today", today);
        model.addAttribute(
                "todayLeads",
                leads.names(today.stream()
                        .map(Task::leadId)
                        .filter(Objects::nonNull)
                        .map(LeadId::value)
                        .distinct()
                        .toList()));
    }

    /** My open tasks (callbacks among them) overdue or due before the end of my day, soonest first. */
    private List<Task> dueToday(AuthenticatedUser me) {
        Instant endOfDay = LocalDate.now(clock.withZone(zone.current()))
                .plusDays(1)
                .atStartOfDay(zone.current())
                .toInstant();
        return tasks.agenda(me.id()).stream()
                .filter(t -> t.dueAt().isBefore(endOfDay))
                .limit(TODAY_LIMIT)
                .toList();
    }

    private void wallboardModel(Model model) {
        List<AgentPresence> agents = availability.all();
        Map<AgentStatus, List<AgentPresence>> byStatus = new LinkedHashMap<>();
        for (AgentStatus s : AgentStatus.values()) {
            byStatus.put(s, agents.stream().filter(a -> a.status() == s).toList());
        }
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("queues", queues.stats());
        model.addAttribute("rules", QueueRules.of(queues.list(), clock.instant()));
        model.addAttribute("now", clock.instant());
    }
}
