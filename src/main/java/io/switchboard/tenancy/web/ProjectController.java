package io.switchboard.tenancy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.shared.CursorPage;
import io.switchboard.tenancy.NewProject;
import io.switchboard.tenancy.Project;
import io.switchboard.tenancy.ProjectChanges;
import io.switchboard.tenancy.ProjectId;
import io.switchboard.tenancy.ProjectManagement;
import io.switchboard.tenancy.ProjectStatus;
import io.switchboard.tenancy.TeamId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
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
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Projects group leads and campaigns")
class ProjectController {

    private final ProjectManagement projects;

    ProjectController(ProjectManagement projects) {
        this.projects = projects;
    }

    record CreateProject(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 4000) String description,
            @Nullable ProjectStatus status,
            @Nullable UUID teamId,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate) {}

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UpdateProject(
            @Nullable Optional<@Size(min = 1, max = 200) String> name,
            @Nullable Optional<@Size(max = 4000) String> description,
            @Nullable Optional<ProjectStatus> status,
            @Nullable Optional<UUID> teamId,
            @Nullable Optional<LocalDate> startDate,
            @Nullable Optional<LocalDate> endDate) {}

    @GetMapping
    @PreAuthorize("hasAuthority('projects:read')")
    @Operation(summary = "List projects", description = "Filter by status, team_id and free text.")
    CursorPage<Project> list(
            @RequestParam(required = false) @Nullable ProjectStatus status,
            @RequestParam(name = "team_id", required = false) @Nullable UUID teamId,
            @RequestParam(required = false) @Nullable @Size(max = 200) String q,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return projects.list(status, teamId == null ? null : TeamId.of(teamId), q, cursor, limit);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('projects:write')")
    @Operation(summary = "Create a project")
    Project create(@Valid @RequestBody CreateProject body, Principal principal) {
        return projects.create(
                new NewProject(
                        body.name(),
                        body.description(),
                        body.status(),
                        body.teamId() == null ? null : TeamId.of(body.teamId()),
                        body.startDate(),
                        body.endDate()),
                Actors.id(principal));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('projects:read')")
    @Operation(summary = "Get a project")
    Project get(@PathVariable UUID id) {
        return projects.get(ProjectId.of(id));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('projects:write')")
    @Operation(summary = "Update a project (JSON merge-patch: null clears a field)")
    Project update(@PathVariable UUID id, @Valid @RequestBody UpdateProject body) {
        return projects.update(
                ProjectId.of(id),
                new ProjectChanges(
                        body.name(),
                        body.description(),
                        body.status(),
                        body.teamId() == null ? null : body.teamId().map(TeamId::of),
                        body.startDate(),
                        body.endDate()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('projects:write')")
    @Operation(summary = "Delete a project")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        projects.delete(ProjectId.of(id));
    }
}
