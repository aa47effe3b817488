package io.switchboard.telephony.internal;

import static io.switchboard.db.Tables.AI_AGENTS;
import static io.switchboard.db.Tables.PHONE_NUMBERS;

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
        List<UUID> keys = EntityNames.uuids(ids);
        Map<String, Named> names = new HashMap<>();
        if (keys.isEmpty()) {
            return names;
        }
        switch (entityType) {
            case "ai_agents" ->
                db.select(AI_AGENTS.ID, AI_AGENTS.NAME)
                        .from(AI_AGENTS)
                        .where(AI_AGENTS.ID.in(keys))
                        .and(AI_AGENTS.DELETED_AT.isNull())
                        .forEach(r -> names.put(r.value1().toString(), new Named(r.value2(), "/telephony/agents")));
            case "phone_numbers" ->
                db.select(PHONE_NUMBERS.ID, PHONE_NUMBERS.PHONE_NUMBER)
                        .from(PHONE_NUMBERS)
                        .where(PHONE_NUMBERS.ID.in(keys))
                        .forEach(r -> names.put(r.value1().toString(), new Named(r.value2(), "/telephony/numbers")));
            default -> {}
        }
        return names;
    }
}
