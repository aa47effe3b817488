package io.switchboard.tenancy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.Money;
import io.switchboard.tenancy.NewTeam;
import io.switchboard.tenancy.Team;
import io.switchboard.tenancy.TeamChanges;
import io.switchboard.tenancy.TeamId;
import io.switchboard.tenancy.TeamManagement;
import io.switchboard.tenancy.TeamType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams", description = "Departments, teams and squads, with managers, budgets and members")
class TeamController {

    private final TeamManagement teams;

    TeamController(TeamManagement teams) {
        this.teams = teams;
    }

    record CreateTeam(
            @NotBlank @Size(max = 120) String name,
            @Nullable TeamType teamType,
            @Nullable UUID parentTeamId,
            @Nullable UUID managerId,
            @Nullable @Valid Money budget,
            @Nullable @Size(max = 200) String location,
            @Nullable @Size(max = 2000) String description) {}

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UpdateTeam(
            @Nullable Optional<@Size(min = 1, max = 120) String> name,
            @Nullable Optional<TeamType> teamType,
            @Nullable Optional<UUID> parentTeamId,
            @Nullable Optional<UUID> managerId,
            @Nullable Optional<@Valid Money> budget,
            @Nullable Optional<@Size(max = 200) String> location,
            @Nullable Optional<@Size(max = 2000) String> description) {}

    record AddMember(@NotNull UUID userId) {}

    record Members(List<UUID> userIds) {}

    @GetMapping
    @PreAuthorize("hasAuthority('teams:read')")
    @Operation(summary = "List teams", description = "Filter by parent_team_id, team_type and free text.")
    CursorPage<Team> list(
            @RequestParam(name = "parent_team_id", required = false) @Nullable UUID parentTeamId,
            @RequestParam(name = "team_type", required = false) @Nullable TeamType teamType,
            @RequestParam(required = false) @Nullable @Size(max = 200) String q,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return teams.list(parentTeamId == null ? null : TeamId.of(parentTeamId), teamType, q, cursor, limit);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('teams:write')")
    @Operation(summary = "Create a team")
    Team create(@Valid @RequestBody CreateTeam body) {
        return teams.create(new NewTeam(
                body.name(),
                body.teamType(),
                body.parentTeamId() == null ? null : TeamId.of(body.parentTeamId()),
                body.managerId(),
                body.budget(),
                body.location(),
                body.description()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('teams:read')")
    @Operation(summary = "Get a team")
    Team get(@PathVariable UUID id) {
        return teams.get(TeamId.of(id));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('teams:write')")
    @Operation(summary = "Update a team (JSON merge-patch: null clears a field)")
    Team update(@PathVariable UUID id, @Valid @RequestBody UpdateTeam body) {
        return teams.update(
                TeamId.of(id),
                new TeamChanges(
                        body.name(),
                        body.teamType(),
                        body.parentTeamId() == null ? null : body.parentTeamId().map(TeamId::of),
                        body.managerId(),
                        body.budget(),
                        body.location(),
                        body.description()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('teams:write')")
    @Operation(summary = "Delete a team (refused while teams sit under it)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        teams.delete(TeamId.of(id));
    }

    @GetMapping("/{id}/members")
    @PreAuthorize("hasAuthority('teams:read')")
    @Operation(summary = "The team's members")
    Members members(@PathVariable UUID id) {
        return new Members(teams.members(TeamId.of(id)));
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('teams:write')")
    @Operation(summary = "Add a member")
    Members addMember(@PathVariable UUID id, @Valid @RequestBody AddMember body) {
        teams.addMember(TeamId.of(id), body.userId());
        return new Members(teams.members(TeamId.of(id)));
    }

    @DeleteMapping("/{id}/members/{userId}")
    @PreAuthorize("hasAuthority('teams:write')")
    @Operation(summary = "Remove a member")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(@PathVariable UUID id, @PathVariable UUID userId) {
        teams.removeMember(TeamId.of(id), userId);
    }
}
