package io.switchboard.tenancy.web;

import io.switchboard.shared.ConsolePage;
import io.switchboard.tenancy.NewProject;
import io.switchboard.tenancy.ProjectChanges;
import io.switchboard.tenancy.ProjectId;
import io.switchboard.tenancy.ProjectManagement;
import io.switchboard.tenancy.ProjectStatus;
import io.switchboard.tenancy.Team;
import io.switchboard.tenancy.TeamId;
import io.switchboard.tenancy.TeamManagement;
import java.security.Principal;
import java.time.LocalDate;
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

@Controller
@ConsolePage
class ProjectPages {

    private final ProjectManagement projects;
    private final TeamManagement teams;

    ProjectPages(ProjectManagement projects, TeamManagement teams) {
        this.projects = projects;
        this.teams = teams;
    }

    @GetMapping("/projects")
    @PreAuthorize("hasAuthority('projects:read')")
    String list(Model model) {
        addProjects(model);
        return "tenancy/projects";
    }

    @PostMapping("/projects")
    @PreAuthorize("hasAuthority('projects:write')")
    String create(
            @RequestParam String name,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(name = "team_id", required = false) @Nullable UUID team,
            @RequestParam(name = "start_date", required = false) @Nullable LocalDate start,
            @RequestParam(name = "end_date", required = false) @Nullable LocalDate end,
            Principal principal,
            Model model) {
        projects.create(
                new NewProject(
                        name,
                        description == null || description.isBlank() ? null : description,
                        ProjectStatus.ACTIVE,
                        team == null ? null : TeamId.of(team),
                        start,
                        end),
                Actors.id(principal));
        addProjects(model);
        return "tenancy/projects :: table";
    }

    @PostMapping("/projects/{id}/status")
    @PreAuthorize("hasAuthority('projects:write')")
    String status(@PathVariable UUID id, @RequestParam ProjectStatus status, Model model) {
        projects.update(ProjectId.of(id), new ProjectChanges(null, null, Optional.of(status), null, null, null));
        addProjects(model);
        return "tenancy/projects :: table";
    }

    @DeleteMapping("/projects/{id}")
    @PreAuthorize("hasAuthority('projects:write')")
    @ResponseBody
    String delete(@PathVariable UUID id) {
        projects.delete(ProjectId.of(id));
        return "";
    }

    private void addProjects(Model model) {
        model.addAttribute(
                "projects", projects.list(null, null, null, null, 200).data());
        var all = teams.list(null, null, null, null, 200).data();
        model.addAttribute("teams", all);
        model.addAttribute("teamNames", all.stream().collect(Collectors.toMap(Team::id, Team::name)));
        model.addAttribute("statuses", ProjectStatus.values());
    }
}
