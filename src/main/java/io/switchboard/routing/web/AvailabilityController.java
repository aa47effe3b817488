package io.switchboard.routing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.routing.AgentPresence;
import io.switchboard.routing.AgentStatus;
import io.switchboard.routing.AvailabilityManagement;
import io.switchboard.routing.SkillLevel;
import io.switchboard.shared.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Routing", description = "Agent availability and presence, skills, queues, work, reservations")
class AvailabilityController {

    private final AvailabilityManagement availability;

    AvailabilityController(AvailabilityManagement availability) {
        this.availability = availability;
    }

    record SetAvailability(@NotNull AgentStatus status, @Nullable @Size(max = 200) String reason) {}

    record Agents(List<AgentPresence> data) {}

    @GetMapping("/api/v1/me/availability")
    @PreAuthorize("hasAuthority('routing:work')")
    @Operation(summary = "My status (offline until set)")
    AgentPresence mine(@AuthenticationPrincipal AuthenticatedUser me) {
        return availability.mine(me.id());
    }

    @PutMapping("/api/v1/me/availability")
    @PreAuthorize("hasAuthority('routing:work')")
    @Operation(
            summary = "Set my status",
            description = "available | busy | on_break | offline | in_meeting | wrap_up, with an optional reason."
                    + " Becoming available offers waiting work at once; leaving it hands unanswered offers to"
                    + " others. Also a heartbeat. 409 invalid_transition (wrap_up only after a call),"
                    + " call_in_progress (finish the call first).")
    AgentPresence set(@Valid @RequestBody SetAvailability body, @AuthenticationPrincipal AuthenticatedUser me) {
        return availability.set(me.id(), body.status(), body.reason());
    }

    @PostMapping("/api/v1/me/heartbeat")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('routing:work')")
    @Operation(
            summary = "Keep my presence alive",
            description =
                    "The desk sends one every 10 s; 30 s without one (or a status change) sets the agent offline.")
    void heartbeat(@AuthenticationPrincipal AuthenticatedUser me) {
        availability.heartbeat(me.id());
    }

    @GetMapping("/api/v1/agents/availability")
    @PreAuthorize("hasAuthority('routing:read')")
    @Operation(summary = "Every agent's status, since when, calls and talk time today, the call in progress")
    Agents all() {
        return new Agents(availability.all());
    }

    @GetMapping("/api/v1/users/{id}/skills")
    @PreAuthorize("hasAuthority('routing:read')")
    @Operation(summary = "A user's skills")
    List<SkillLevel> skills(@PathVariable UUID id) {
        return availability.skills(UserId.of(id));
    }

    @PutMapping("/api/v1/users/{id}/skills")
    @PreAuthorize("hasAuthority('routing:manage')")
    @Operation(
            summary = "Replace a user's skills",
            description = "[{skill, level 1..5}]; skill names are 1 to 40 of a-z, 0-9, _ and -. 404 for a user"
                    + " of another organization.")
    List<SkillLevel> setSkills(
            @PathVariable UUID id, @RequestBody @Size(max = 50) List<@Valid @NotNull SkillLevel> body) {
        return availability.setSkills(UserId.of(id), body);
    }
}
