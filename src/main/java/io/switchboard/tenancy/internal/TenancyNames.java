package io.switchboard.tenancy.internal;

import static io.switchboard.db.Tables.PROJECTS;
import static io.switchboard.db.Tables.TEAMS;

import io.switchboard.shared.EntityNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
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
        List<UUID> keys = EntityNames.uuids(ids);
        Map<String, Named> names = new HashMap<>();
        if (keys.isEmpty()) {
            return names;
        }
        switch (entityType) {
            case "teams" ->
                db.select(TEAMS.ID, TEAMS.NAME)
                        .from(TEAMS)
                        .where(TEAMS.ID.in(keys))
                        .forEach(r -> names.put(r.value1().toString(), new Named(r.value2(), "/teams/" + r.value1())));
            case "projects" ->
                db.select(PROJECTS.ID, PROJECTS.NAME)
                        .from(PROJECTS)
                        .where(PROJECTS.ID.in(keys))
                        .forEach(r -> names.put(r.value1().toString(), new Named(r.value2(), "/projects")));
            default -> {}
        }
        return names;
    }
}
