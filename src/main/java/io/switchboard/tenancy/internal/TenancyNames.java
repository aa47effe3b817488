package io.switchboard.tenancy.internal;

import static io.switchboard.db.Tables.PROJECTS;
import static io.switchboard.db.Tables.TEAMS;

import io.switchboard.shared.EntityNames;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names of teams and projects for other modules' pages. */
@Component
class TenancyNames implements EntityNames {

    private final DSLContext db;

    TenancyNames(DSLContext db) {
        this.db = db;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("teams", "projects");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Named> names(String entityType, Collection<String> ids) {
        var keys = EntityNames.uuids(ids);
        return switch (entityType) {
            case "teams" ->
                EntityNames.select(db, TEAMS.ID, TEAMS.NAME, keys, DSL.trueCondition(), id -> "/teams/" + id);
            case "projects" ->
                EntityNames.select(db, PROJECTS.ID, PROJECTS.NAME, keys, DSL.trueCondition(), id -> "/projects");
            default -> Map.of();
        };
    }
}
