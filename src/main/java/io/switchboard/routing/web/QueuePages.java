package io.switchboard.routing.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.routing.Queue;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.QueueManagement;
import io.switchboard.routing.QueueStats;
import io.switchboard.routing.Strategy;
import io.switchboard.routing.Work;
import io.switchboard.routing.WorkRouting;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.tenancy.PeopleDirectory;
import io.switchboard.tenancy.Team;
import io.switchboard.tenancy.TeamManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The queues: a list with each one's depth and rules, and a queue's page with its settings (editable
 * by managers and admins, a refusal shown next to its field), and its waiting and offered work with
 * every decision taken about it, live on {@code routing}. A supervisor sees their teams' queues and
 * those of no team, as on the wallboard.
 */
@Controller
@ConsolePage
class QueuePages {

    /** The longest-waiting works shown; the wallboard's depth counts them all. */
    private static final int WORK_SHOWN = 50;

    private final QueueManagement queues;
    private final WorkRouting routing;
    private final TeamManagement teams;
    private final PeopleDirectory people;
    private final LeadDirectory leads;
    private final Clock clock;

    QueuePages(
            QueueManagement queues,
            WorkRouting routing,
            TeamManagement teams,
            PeopleDirectory people,
            LeadDirectory leads,
            Clock clock) {
        this.queues = queues;
        this.routing = routing;
        this.teams = teams;
        this.people = people;
        this.leads = leads;
        this.clock = clock;
    }

    @Bean
    static NavigationEntry queuesNavigation() {
        return new NavigationEntry("Floor", "Queues", "/queues", "routing:manage", 55);
    }

    @GetMapping("/queues")
    @PreAuthorize("hasAuthority('routing:read')")
    String list(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
        listModel(me, "", Map.of(), model);
        return "routing/queues";
    }

    /** A new queue with its defaults, then its page to set the rest; a refusal shows by the name. */
    @PostMapping("/queues")
    @PreAuthorize("hasAuthority('routing:manage')")
    String create(
            @RequestParam(defaultValue = "") String name,
            @AuthenticationPrincipal AuthenticatedUser me,
            HttpServletResponse response,
            Model model) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>(Map.of("name", List.of(name)));
        try {
            Queue created = queues.create(QueueForm.settings(form, null));
            return "redirect:/queues/" + created.id();
        } catch (InvalidInput refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            listModel(me, name, QueueForm.refused(form, refused).errors(), model);
            return "routing/queues";
        }
    }

    @GetMapping("/queues/{id}")
    @PreAuthorize("hasAuthority('routing:read')")
    String queue(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        Queue queue = queues.visible(QueueId.of(id));
        settingsModel(queue, QueueForm.of(queue), false, model);
        workModel(queue, model);
        model.addAttribute("mayManage", me.has(Permission.ROUTING_MANAGE));
        return "routing/queue";
    }

    @GetMapping("/queues/{id}/work")
    @PreAuthorize("hasAuthority('routing:read')")
    String work(@PathVariable UUID id, Model model) {
        workModel(queues.visible(QueueId.of(id)), model);
        return "routing/queue :: work";
    }

    /** Replaces the settings; work already waiting is routed by the new ones from now on. */
    @PostMapping("/queues/{id}")
    @PreAuthorize("hasAuthority('routing:manage')")
    String save(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            HttpServletResponse response,
            Model model) {
        Queue current = queues.visible(QueueId.of(id));
        try {
            Queue saved = queues.replace(current.id(), QueueForm.settings(form, current));
            settingsModel(saved, QueueForm.of(saved), true, model);
        } catch (InvalidInput refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            settingsModel(current, QueueForm.refused(form, refused), false, model);
        }
        return "routing/queue :: settings";
    }

    private void listModel(AuthenticatedUser me, String name, Map<String, String> errors, Model model) {
        List<Queue> all = queues.list();
        List<Queue> visible = queues.visible();
        model.addAttribute("queues", visible);
        model.addAttribute(
                "stats", queues.stats().stream().collect(Collectors.toMap(QueueStats::queueId, Function.identity())));
        model.addAttribute("rules", QueueRules.of(all, clock.instant()));
        model.addAttribute("teamNames", teamNames());
        model.addAttribute("mayManage", me.has(Permission.ROUTING_MANAGE));
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
    }

    private void settingsModel(Queue queue, QueueForm form, boolean saved, Model model) {
        model.addAttribute("queue", queue);
        model.addAttribute("settings", form);
        model.addAttribute("saved", saved);
        model.addAttribute("strategies", Arrays.asList(Strategy.values()));
        model.addAttribute("days", QueueForm.EVERY_DAY);
        model.addAttribute("teams", teamList());
        model.addAttribute(
                "others",
                queues.list().stream().filter(q -> !q.id().equals(queue.id())).toList());
    }

    private void workModel(Queue queue, Model model) {
        List<Work> open = routing.openIn(queue.id(), WORK_SHOWN);
        model.addAttribute("queue", queue);
        model.addAttribute("open", open);
        Instant now = clock.instant();
        model.addAttribute(
                "ages",
                open.stream()
                        .collect(Collectors.toMap(
                                Work::id,
                                w -> Math.max(
                                        0, Duration.between(w.createdAt(), now).toSeconds()))));
        model.addAttribute(
                "agentNames",
                people.people().stream()
                        .collect(Collectors.toMap(
                                PeopleDirectory.Person::id, PeopleDirectory.Person::name, (a, b) -> a)));
        model.addAttribute(
                "leadNames",
                leads.names(open.stream()
                        .map(Work::leadId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList()));
    }

    private List<Team> teamList() {
        return teams.list(null, null, null, null, 200).data();
    }

    private Map<UUID, String> teamNames() {
        return teamList().stream().collect(Collectors.toMap(t -> t.id().value(), Team::name));
    }
}
