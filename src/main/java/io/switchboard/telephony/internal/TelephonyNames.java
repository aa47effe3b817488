package io.switchboard.telephony.internal;

import static io.switchboard.db.Tables.AI_AGENTS;
import static io.switchboard.db.Tables.PHONE_NUMBERS;

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

/** Names of AI agents and phone numbers for other modules' pages. */
@Component
class TelephonyNames implements EntityNames {

    private final DSLContext db;

    TelephonyNames(DSLContext db) {
        this.db = db;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("ai_agents", "phone_numbers");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Named> names(String entityType, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var keys = EntityNames.uuids(ids);
        return switch (entityType) {
            case "ai_agents" ->
                EntityNames.linked(
                        rows(AI_AGENTS.ID, AI_AGENTS.NAME, keys, AI_AGENTS.DELETED_AT.isNull()),
                        id -> "/telephony/agents");
            case "phone_numbers" ->
                EntityNames.linked(
                        rows(PHONE_NUMBERS.ID, PHONE_NUMBERS.PHONE_NUMBER, keys, DSL.trueCondition()),
                        id -> "/telephony/numbers");
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
