package io.switchboard.campaigns.internal;

import static io.switchboard.db.Tables.CAMPAIGNS;

import io.switchboard.shared.EntityNames;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
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
        return EntityNames.select(
                db,
                CAMPAIGNS.ID,
                CAMPAIGNS.NAME,
                EntityNames.uuids(ids),
                CAMPAIGNS.DELETED_AT.isNull(),
                id -> "/campaigns/" + id);
    }
}
