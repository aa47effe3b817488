package io.switchboard.routing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.routing.QueueHistory;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.VisitFilter;
import io.switchboard.shared.CursorPage;
import io.switchboard.tenancy.PeopleDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The drill lists of a queue's day figures: exactly the work each figure counts. */
@RestController
@Tag(name = "Routing")
class QueueHistoryController {

    private final QueueHistory history;
    private final LeadDirectory leads;
    private final PeopleDirectory people;
    private final Clock clock;

    QueueHistoryController(QueueHistory history, LeadDirectory leads, PeopleDirectory people, Clock clock) {
        this.history = history;
        this.leads = leads;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/api/v1/queues/{id}/work")
    @PreAuthorize("hasAuthority('routing:read')")
    @Operation(
            summary = "The work that entered a queue on a day, by how its stay there ended",
            description = "date is YYYY-MM-DD in the organization's time zone (default today). outcome: offered (all"
                    + " that entered the queue that day: created there or overflowed into it), answered (accepted by"
                    + " an agent there), overflowed (timed out to the queue's overflow queue), within_sla (answered"
                    + " within the queue's SLA), abandoned (the caller hung up before anyone accepted it), waiting"
                    + " (not accepted yet and still in the queue now, whatever day it entered). Each list holds"
                    + " exactly the records of the same figure of GET /api/v1/analytics/queues. Oldest first,"
                    + " cursor pagination. 400 invalid_outcome, date_in_future, range_too_long; a queue of another"
                    + " team (for a supervisor) or organization 404.")
    CursorPage<VisitedWork> list(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable LocalDate date,
            @RequestParam(defaultValue = "offered") String outcome,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        VisitFilter filter = VisitFilter.parse(outcome);
        var page = history.day(QueueId.of(id), date, filter, cursor, CursorPage.limit(limit));
        return VisitedWork.of(page, leads, people, clock.instant());
    }
}
