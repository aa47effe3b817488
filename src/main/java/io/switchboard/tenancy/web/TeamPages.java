package io.switchboard.tenancy.web;

import io.switchboard.shared.ConsolePage;
import io.switchboard.tenancy.NewTeam;
import io.switchboard.tenancy.PeopleDirectory;
import io.switchboard.tenancy.Team;
import io.switchboard.tenancy.TeamChanges;
import io.switchboard.tenancy.TeamId;
import io.switchboard.tenancy.TeamManagement;
import io.switchboard.tenancy.TeamType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Teams: the hierarchy table with an inline create form, and a page per team with its members. */
@Controller
@ConsolePage
class TeamPages {

    private final TeamManagement teams;
    private final PeopleDirectory people;

    TeamPages(TeamManagement teams, PeopleDirectory people) {
        this.teams = teams;
        this.people = people;
    }

    @GetMapping("/teams")
    @PreAuthorize("hasAuthority('teams:read')")
    String list(Model model) {
        addTeams(model);
        model.addAttribute("types", TeamType.values());
        return "tenancy/teams";
    }

    @PostMapping("/teams")
    @PreAuthorize("hasAuthority('teams:write')")
    String create(
            @RequestParam String name,
            @RequestParam(name = "team_type") TeamType teamType,
            @RequestParam(name = "parent_team_id", required = false) @Nullable UUID parent,
            @RequestParam(name = "manager_id", required = false) @Nullable UUID manager,
            @RequestParam(name = "budget_amount", required = false) @Nullable String budget,
            @RequestParam(name = "budget_currency", required = false) @Nullable String currency,
            @RequestParam(required = false) @Nullable String location,
            Model model) {
        teams.create(new NewTeam(
                name,
                teamType,
                parent == null ? null : TeamId.of(parent),
                manager,
                MoneyInput.parse("budget_amount", budget, currency),
                blankToNull(location),
                null));
        addTeams(model);
        return "tenancy/teams :: table";
    }

    @DeleteMapping("/teams/{id}")
    @PreAuthorize("hasAuthority('teams:write')")
    @ResponseBody
    String delete(@PathVariable UUID id) {
        teams.delete(TeamId.of(id));
        return "";
    }

    @GetMapping("/teams/{id}")
    @PreAuthorize("hasAuthority('teams:read')")
    String detail(@PathVariable UUID id, Model model) {
        addDetail(TeamId.of(id), model);
        return "tenancy/team";
    }

    @PostMapping("/teams/{id}")
    @PreAuthorize("hasAuthority('teams:write')")
    String update(
            @PathVariable UUID id,
            @RequestParam String name,
            @RequestParam(name = "team_type") TeamType teamType,
            @RequestParam(name = "parent_team_id", required = false) @Nullable UUID parent,
            @RequestParam(name = "manager_id", required = false) @Nullable UUID manager,
            @RequestParam(name = "budget_amount", required = false) @Nullable String budget,
            @RequestParam(name = "budget_currency", required = false) @Nullable String currency,
            @RequestParam(required = false) @Nullable String location,
            @RequestParam(required = false) @Nullable String description,
            Model model) {
        teams.update(
                TeamId.of(id),
                new TeamChanges(
                        Optional.of(name),
                        Optional.of(teamType),
                        Optional.ofNullable(parent).map(TeamId::of),
                        Optional.ofNullable(manager),
                        Optional.ofNullable(MoneyInput.parse("budget_amount", budget, currency)),
                        Optional.ofNullable(blankToNull(location)),
                        Optional.ofNullable(blankToNull(description))));
        model.addAttribute("kind", "success");
        model.addAttribute("message", "Team saved.");
        return "fragments :: alert(kind=${kind}, message=${message})";
    }

    @PostMapping("/teams/{id}/members")
    @PreAuthorize("hasAuthority('teams:write')")
    String addMember(@PathVariable UUID id, @RequestParam(name = "user_id") UUID user, Model model) {
        teams.addMember(TeamId.of(id), user);
        addDetail(TeamId.of(id), model);
        return "tenancy/team :: members";
    }

    @DeleteMapping("/teams/{id}/members/{user}")
    @PreAuthorize("hasAuthority('teams:write')")
    String removeMember(@PathVariable UUID id, @PathVariable UUID user, Model model) {
        teams.removeMember(TeamId.of(id), user);
        addDetail(TeamId.of(id), model);
        return "tenancy/team :: members";
    }

    private void addTeams(Model model) {
        List<Team> all = teams.list(null, null, null, null, 200).data();
        model.addAttribute("teams", all);
        model.addAttribute("teamNames", all.stream().collect(Collectors.toMap(t -> t.id(), Team::name)));
        model.addAttribute("people", people.people());
        model.addAttribute("names", names());
        model.addAttribute(
                "budgets", all.stream().collect(Collectors.toMap(Team::id, t -> MoneyInput.format(t.budget()))));
    }

    private void addDetail(TeamId id, Model model) {
        Team team = teams.get(id);
        model.addAttribute("team", team);
        model.addAttribute("budget", MoneyInput.format(team.budget()));
        model.addAttribute("types", TeamType.values());
        model.addAttribute(
                "parents",
                teams.list(null, null, null, null, 200).data().stream()
                        .filter(t -> !t.id().equals(id))
                        .toList());
        model.addAttribute("people", people.people());
        model.addAttribute("names", names());
        model.addAttribute("members", teams.members(id));
    }

    private Map<UUID, String> names() {
        return people.people().stream()
                .collect(Collectors.toMap(PeopleDirectory.Person::id, PeopleDirectory.Person::name, (a, b) -> a));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
