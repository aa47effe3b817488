package io.switchboard.campaigns.internal;

import static io.switchboard.db.Tables.CAMPAIGNS;

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
        List<UUID> keys = EntityNames.uuids(ids);
        Map<String, Named> names = new HashMap<>();
        if (!keys.isEmpty()) {
            db.select(CAMPAIGNS.ID, CAMPAIGNS.NAME)
                    .from(CAMPAIGNS)
                    .where(CAMPAIGNS.ID.in(keys))
                    .and(CAMPAIGNS.DELETED_AT.isNull())
                    .forEach(r -> names.put(r.value1().toString(), new Named(r.value2(), "/campaigns/" + r.value1())));
        }
        return names;
    }
}
