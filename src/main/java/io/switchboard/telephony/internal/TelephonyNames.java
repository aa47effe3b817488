package io.switchboard.telephony.internal;

import static io.switchboard.db.Tables.AI_AGENTS;
import static io.switchboard.db.Tables.PHONE_NUMBERS;

import io.switchboard.shared.EntityNames;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
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
        var keys = EntityNames.uuids(ids);
        return switch (entityType) {
            case "ai_agents" ->
                EntityNames.select(
                        db,
                        AI_AGENTS.ID,
                        AI_AGENTS.NAME,
                        keys,
                        AI_AGENTS.DELETED_AT.isNull(),
                        id -> "/telephony/agents");
            case "phone_numbers" ->
                EntityNames.select(
                        db,
                        PHONE_NUMBERS.ID,
                        PHONE_NUMBERS.PHONE_NUMBER,
                        keys,
                        DSL.trueCondition(),
                        id -> "/telephony/numbers");
            default -> Map.of();
        };
    }
}
