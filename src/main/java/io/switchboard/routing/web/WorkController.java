package io.switchboard.routing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.leads.LeadId;
import io.switchboard.routing.Disposition;
import io.switchboard.routing.MyWork;
import io.switchboard.routing.NewWork;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.ReservationId;
import io.switchboard.routing.SkillLevel;
import io.switchboard.routing.Work;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkRouting;
import io.switchboard.routing.WorkStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Routing")
class WorkController {

    private final WorkRouting routing;

    WorkController(WorkRouting routing) {
        this.routing = routing;
    }

    /**
     * @param priority 0 to 100, higher first
     * @param dueAt not offered before this time (a callback's requested time)
     */
    record QueueWork(
            @NotNull WorkKind kind,
            @Nullable UUID leadId,
            @Nullable UUID callId,
            @Nullable Integer priority,
            @Nullable @Size(max = 20) List<@Valid @NotNull SkillLevel> requiredSkills,
            @Nullable Instant dueAt) {}

    record Queued(WorkId id, WorkStatus status) {}

    @PostMapping("/api/v1/queues/{id}/work")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('routing:manage')")
    @Operation(
            summary = "Put a work into a queue",
            description = "Answers {id, status: waiting}; the queue's strategy offers it to an agent right after"
                    + " (GET /api/v1/work/{id} shows each decision and its reason). 400 unknown_lead, out_of_range.")
    Queued queue(@PathVariable UUID id, @Valid @RequestBody QueueWork body) {
        Work work = routing.queue(
                QueueId.of(id),
                new NewWork(
                        body.kind(),
                        body.leadId() == null ? null : LeadId.of(body.leadId()),
                        body.callId(),
                        body.priority() == null ? 0 : body.priority(),
                        body.requiredSkills() == null ? List.of() : body.requiredSkills(),
                        body.dueAt()));
        return new Queued(work.id(), work.status());
    }

    @GetMapping("/api/v1/work/{id}")
    @PreAuthorize("hasAuthority('routing:read')")
    @Operation(summary = "A work with every routing decision about it (agent, strategy, reason, at)")
    Work get(@PathVariable UUID id) {
        return routing.get(WorkId.of(id));
    }

    @GetMapping("/api/v1/me/work")
    @PreAuthorize("hasAuthority('routing:work')")
    @Operation(summary = "My offers (with the lead's card and when they expire) and my work in progress")
    MyWork mine(@AuthenticationPrincipal AuthenticatedUser me) {
        return routing.mine(me.id());
    }

    @PostMapping("/api/v1/reservations/{reservationId}/accept")
    @PreAuthorize("hasAuthority('routing:work')")
    @Operation(
            summary = "Accept an offer",
            description = "The work becomes mine (a call makes me busy). 404 for someone else's offer; 409"
                    + " offer_closed or offer_expired.")
    Work accept(@PathVariable UUID reservationId, @AuthenticationPrincipal AuthenticatedUser me) {
        return routing.accept(ReservationId.of(reservationId), me.id());
    }

    @PostMapping("/api/v1/reservations/{reservationId}/reject")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('routing:work')")
    @Operation(summary = "Reject an offer: it goes to the next agent at once")
    void reject(@PathVariable UUID reservationId, @AuthenticationPrincipal AuthenticatedUser me) {
        routing.reject(ReservationId.of(reservationId), me.id());
    }

    /**
     * @param disposition how it went
     * @param note the agent's note: kept with the work and written to the lead's timeline
     */
    record Finish(@Nullable Disposition disposition, @Nullable @Size(max = 2000) String note) {}

    @PostMapping("/api/v1/work/{id}/complete")
    @PreAuthorize("hasAuthority('routing:work')")
    @Operation(
            summary = "Finish my work",
            description = "Frees the capacity (the next waiting work is offered at once); a call moves me to"
                    + " wrap_up for the queue's wrap-up time. The body is optional: a disposition and a note,"
                    + " kept with the work and written to the lead's timeline. 409 work_not_yours.")
    Work complete(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) @Nullable Finish body,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return body == null
                ? routing.complete(WorkId.of(id), me.id())
                : routing.complete(WorkId.of(id), me.id(), body.disposition(), body.note());
    }

    @PostMapping("/api/v1/work/{id}/hangup")
    @PreAuthorize("hasAuthority('routing:work')")
    @Operation(
            summary = "End the live call of a work",
            description = "The agent holding the work, or a supervisor (routing:read), hangs up its call at the"
                    + " provider; the line becomes ended and the work waits on the agent's desk to be finished"
                    + " with a disposition. 403 work_not_yours; 409 no_live_call when no call is in progress.")
    Work hangup(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        return routing.hangup(WorkId.of(id), me.id(), me.has(Permission.ROUTING_READ));
    }
}
