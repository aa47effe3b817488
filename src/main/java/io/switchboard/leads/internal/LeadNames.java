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
import org.jooq.DSLContext;
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
        List<UUID> keys = EntityNames.uuids(ids);
        Map<String, Named> names = new HashMap<>();
        if (keys.isEmpty()) {
            return names;
        }
        switch (entityType) {
            case "leads" ->
                db.select(LEADS.ID, LEADS.NAME)
                        .from(LEADS)
                        .where(LEADS.ID.in(keys))
                        .and(LEADS.DELETED_AT.isNull())
                        .forEach(r -> names.put(r.value1().toString(), new Named(r.value2(), "/leads/" + r.value1())));
            case "tasks" ->
                db.select(TASKS.ID, TASKS.TITLE, TASKS.LEAD_ID)
                        .from(TASKS)
                        .where(TASKS.ID.in(keys))
                        .forEach(r -> names.put(
                                r.value1().toString(),
                                new Named(r.value2(), r.value3() == null ? null : "/leads/" + r.value3())));
            case "pipelines" ->
                db.select(PIPELINES.ID, PIPELINES.NAME)
                        .from(PIPELINES)
                        .where(PIPELINES.ID.in(keys))
                        .forEach(r -> names.put(r.value1().toString(), new Named(r.value2(), "/pipeline")));
            case "pipeline_stages" ->
                db.select(PIPELINE_STAGES.ID, PIPELINE_STAGES.NAME)
                        .from(PIPELINE_STAGES)
                        .where(PIPELINE_STAGES.ID.in(keys))
                        .forEach(r -> names.put(r.value1().toString(), new Named(r.value2(), "/pipeline")));
            case "lead_imports" ->
                db.select(LEAD_IMPORTS.ID, LEAD_IMPORTS.FILE_NAME)
                        .from(LEAD_IMPORTS)
                        .where(LEAD_IMPORTS.ID.in(keys))
                        .forEach(r ->
                                names.put(r.value1().toString(), new Named(r.value2(), "/leads/import/" + r.value1())));
            default -> {}
        }
        return names;
    }
}
