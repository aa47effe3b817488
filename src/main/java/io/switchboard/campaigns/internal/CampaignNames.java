package io.switchboard.campaigns.internal;

import static io.switchboard.db.Tables.CAMPAIGNS;

import io.switchboard.shared.EntityNames;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names of campaigns for other modules' pages; a deleted campaign is not named. */
@Component
class CampaignNames implements EntityNames {

    private final DSLContext db;

    CampaignNames(DSLContext db) {
        this.db = db;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("campaigns");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Named> names(String entityType, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return EntityNames.linked(
                rows(CAMPAIGNS.ID, CAMPAIGNS.NAME, EntityNames.uuids(ids), CAMPAIGNS.DELETED_AT.isNull()),
                id -> "/campaigns/" + id);
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
