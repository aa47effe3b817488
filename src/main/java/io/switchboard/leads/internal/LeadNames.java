package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEADS;
import static io.switchboard.db.Tables.LEAD_IMPORTS;
import static io.switchboard.db.Tables.PIPELINES;
import static io.switchboard.db.Tables.PIPELINE_STAGES;
import static io.switchboard.db.Tables.TASKS;

import io.switchboard.shared.EntityNames;
import java.util.Collection;
import java.util.HashMap;
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

/**
 * Names of leads, tasks, pipelines, stages and imports for other modules' pages. A deleted lead
 * is not named: it reads as "a deleted lead" wherever it is mentioned.
 */
@Component
class LeadNames implements EntityNames {

    private final DSLContext db;

    LeadNames(DSLContext db) {
        this.db = db;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("leads", "tasks", "pipelines", "pipeline_stages", "lead_imports");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Named> names(String entityType, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> keys = EntityNames.uuids(ids);
        return switch (entityType) {
            case "leads" ->
                EntityNames.linked(rows(LEADS.ID, LEADS.NAME, keys, LEADS.DELETED_AT.isNull()), id -> "/leads/" + id);
            case "tasks" -> tasks(keys);
            case "pipelines" ->
                EntityNames.linked(rows(PIPELINES.ID, PIPELINES.NAME, keys, DSL.trueCondition()), id -> "/pipeline");
            case "pipeline_stages" ->
                EntityNames.linked(
                        rows(PIPELINE_STAGES.ID, PIPELINE_STAGES.NAME, keys, DSL.trueCondition()), id -> "/pipeline");
            case "lead_imports" ->
                EntityNames.linked(
                        rows(LEAD_IMPORTS.ID, LEAD_IMPORTS.FILE_NAME, keys, DSL.trueCondition()),
                        id -> "/leads/import");
            default -> Map.of();
        };
    }

    /** A task is shown on its lead's page. */
    private Map<String, Named> tasks(List<UUID> keys) {
        Map<String, Named> names = new HashMap<>();
        if (!keys.isEmpty()) {
            db.select(TASKS.ID, TASKS.TITLE, TASKS.LEAD_ID)
                    .from(TASKS)
                    .where(TASKS.ID.in(keys))
                    .forEach(r -> names.put(
                            r.value1().toString(),
                            new Named(r.value2(), r.value3() == null ? null : "/leads/" + r.value3())));
        }
        return names;
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
