package io.switchboard.routing.web;

import io.switchboard.leads.LeadDirectory;
import io.switchboard.routing.Queue;
import io.switchboard.routing.QueueHistory;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.QueueManagement;
import io.switchboard.routing.VisitFilter;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.CursorPage;
import io.switchboard.tenancy.PeopleDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A queue figure's records: the work that entered the queue on a day, by how its stay ended (the
 * dashboard's Queues today numbers open it), with lead and agent names and times in the viewer's zone.
 */
@Controller
@ConsolePage
class QueueDayPages {

    private static final int PAGE = 50;

    private final QueueManagement queues;
    private final QueueHistory history;
    private final LeadDirectory leads;
    private final PeopleDirectory people;
    private final Clock clock;

    QueueDayPages(
            QueueManagement queues, QueueHistory history, LeadDirectory leads, PeopleDirectory people, Clock clock) {
        this.queues = queues;
        this.history = history;
        this.leads = leads;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/queues/{id}/day")
    @PreAuthorize("hasAuthority('routing:read')")
    String day(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable LocalDate date,
            @RequestParam(defaultValue = "offered") String outcome,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        Queue queue = queues.visible(QueueId.of(id));
        VisitFilter filter = VisitFilter.parse(outcome);
        CursorPage<VisitedWork> page =
                VisitedWork.of(history.day(queue.id(), date, filter, cursor, PAGE), leads, people, clock.instant());
        String base = "/queues/" + id + "/day";
        model.addAttribute("queue", queue);
        model.addAttribute("date", date);
        model.addAttribute("filter", filter);
        model.addAttribute("filters", Arrays.asList(VisitFilter.values()));
        model.addAttribute("base", base);
        model.addAttribute("page", page);
        model.addAttribute(
                "next",
                page.nextCursor() == null
                        ? null
                        : UriComponentsBuilder.fromPath(base)
                                .queryParamIfPresent("date", java.util.Optional.ofNullable(date))
                                .queryParam("outcome", filter)
                                .queryParam("cursor", page.nextCursor())
                                .toUriString());
        return "routing/queue-day";
    }
}
