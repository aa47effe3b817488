package io.switchboard.tenancy.internal;

import static io.switchboard.db.Tables.PROJECTS;

import io.switchboard.db.tables.records.ProjectsRecord;
import io.switchboard.tenancy.Project;
import io.switchboard.tenancy.ProjectId;
import io.switchboard.tenancy.ProjectStatus;
import io.switchboard.tenancy.TeamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class Projects {

    private final DSLContext db;

    Projects(DSLContext db) {
        this.db = db;
    }

    public ProjectsRecord newRecord() {
        return db.newRecord(PROJECTS);
    }

    public Optional<ProjectsRecord> findRecord(ProjectId id) {
        return db.selectFrom(PROJECTS).where(PROJECTS.ID.eq(id.value())).fetchOptional();
    }

    public List<Project> list(
            @Nullable ProjectStatus status,
            @Nullable TeamId team,
            @Nullable String q,
            @Nullable UUID after,
            int limit) {
        List<Condition> where = new ArrayList<>();
        if (status != null) {
            where.add(PROJECTS.STATUS.eq(status.toString()));
        }
        if (team != null) {
            where.add(PROJECTS.TEAM_ID.eq(team.value()));
        }
        if (q != null && !q.isBlank()) {
            where.add(PROJECTS.NAME.containsIgnoreCase(q.trim()));
        }
        if (after != null) {
            where.add(PROJECTS.ID.gt(after));
        }
        return db.selectFrom(PROJECTS)
                .where(where)
                .orderBy(PROJECTS.ID)
                .limit(limit + 1)
                .fetch(Projects::toProject);
    }

    public int count() {
        return db.fetchCount(PROJECTS);
    }

    public void delete(ProjectId id) {
        db.deleteFrom(PROJECTS).where(PROJECTS.ID.eq(id.value())).execute();
    }

    public static Project toProject(ProjectsRecord r) {
        return new Project(
                ProjectId.of(r.getId()),
                r.getName(),
                r.getDescription(),
                ProjectStatus.fromCode(r.getStatus()),
                r.getTeamId() == null ? null : TeamId.of(r.getTeamId()),
                r.getStartDate(),
                r.getEndDate(),
                r.getCreatedBy(),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant());
    }
}
