package io.switchboard.tenancy;

import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Patches;
import io.switchboard.shared.TenantContext;
import io.switchboard.tenancy.internal.Projects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProjectManagement {

    private final Projects projects;
    private final ApplicationEventPublisher events;

    ProjectManagement(Projects projects, ApplicationEventPublisher events) {
        this.projects = projects;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public CursorPage<Project> list(
            @Nullable ProjectStatus status,
            @Nullable TeamId team,
            @Nullable String q,
            @Nullable String cursor,
            @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        return CursorPage.of(projects.list(status, team, q, CursorPage.after(cursor), size), size, p -> p.id().value());
    }

    @Transactional(readOnly = true)
    public Project get(ProjectId id) {
        return projects.findRecord(id).map(Projects::toProject).orElseThrow(() -> new NotFound("project", id));
    }

    @Transactional(readOnly = true)
    public int count() {
        return projects.count();
    }

    @Transactional
    public Project create(NewProject command, @Nullable UUID createdBy) {
        var record = projects.newRecord();
        record.setOrganizationId(TenantContext.require().value());
        record.setId(ProjectId.generate().value());
        record.setName(command.name().trim());
        record.setDescription(command.description());
        record.setStatus((command.status() == null ? ProjectStatus.ACTIVE : command.status()).toString());
        record.setTeamId(command.teamId() == null ? null : command.teamId().value());
        record.setStartDate(command.startDate());
        record.setEndDate(command.endDate());
        record.setCreatedBy(createdBy);
        checkDates(record.getStartDate(), record.getEndDate());
        record.store();
        record.refresh();
        events.publishEvent(
                new ProjectCreated(record.getOrganizationId(), ProjectId.of(record.getId()), record.getName()));
        return Projects.toProject(record);
    }

    @Transactional
    public Project update(ProjectId id, ProjectChanges changes) {
        var record = projects.findRecord(id).orElseThrow(() -> new NotFound("project", id));
        Patches.require(changes.name(), "name", name -> record.setName(name.trim()));
        Patches.apply(changes.description(), record::setDescription);
        Patches.require(changes.status(), "status", status -> record.setStatus(status.toString()));
        Patches.apply(changes.teamId(), TeamId::value, record::setTeamId);
        Patches.apply(changes.startDate(), record::setStartDate);
        Patches.apply(changes.endDate(), record::setEndDate);
        checkDates(record.getStartDate(), record.getEndDate());
        record.store();
        record.refresh();
        return Projects.toProject(record);
    }

    @Transactional
    public void delete(ProjectId id) {
        projects.findRecord(id).orElseThrow(() -> new NotFound("project", id));
        projects.delete(id);
    }

    private static void checkDates(java.time.@Nullable LocalDate start, java.time.@Nullable LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidInput("end_date", "invalid_date_range", "must not be before start_date");
        }
    }
}
