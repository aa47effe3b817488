package io.switchboard.tenancy.internal;

import static io.switchboard.db.Tables.PROJECTS;
import static io.switchboard.db.Tables.TEAMS;

import io.switchboard.shared.EntityNames;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;
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
        if (ids.isEmpty()) {
            return Map.of();
        }
        var keys = EntityNames.uuids(ids);
        return switch (entityType) {
            case "teams" ->
                EntityNames.linked(rows(TEAMS.ID, TEAMS.NAME, keys, DSL.trueCondition()), id -> "/teams/" + id);
            case "projects" ->
                EntityNames.linked(rows(PROJECTS.ID, PROJECTS.NAME, keys, DSL.trueCondition()), id -> "/projects");
            default -> Map.of();
        };
    }

    private Map<UUID, String> rows(
            TableField<?, UUID> id, TableField<?, String> name, List<UUID> keys, Condition live) {
        return db.select(id, name)
                .from(id.getTable())
                .where(id.in(keys))
                .and(live)
                .fetchMap(id, name);
    }
}
