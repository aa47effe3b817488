package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEAD_VIEWS;

import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.SavedView;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Saved lead-list views; each user sees only their own. */
@Repository
public class Views {

    private final DSLContext db;
    private final JsonMapper json;

    Views(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public List<SavedView> of(UUID user) {
        return db.selectFrom(LEAD_VIEWS)
                .where(LEAD_VIEWS.USER_ID.eq(user))
                .orderBy(LEAD_VIEWS.NAME)
                .fetch(r -> new SavedView(
                        r.getId(),
                        r.getName(),
                        json.readValue(r.getFilters().data(), LeadFilter.class),
                        r.getCreatedAt().toInstant()));
    }

    public UUID insert(UUID user, String name, LeadFilter filters) {
        UUID id = Ids.next();
        db.insertInto(LEAD_VIEWS)
                .set(LEAD_VIEWS.ORGANIZATION_ID, TenantContext.require().value())
                .set(LEAD_VIEWS.ID, id)
                .set(LEAD_VIEWS.USER_ID, user)
                .set(LEAD_VIEWS.NAME, name.strip())
                .set(LEAD_VIEWS.FILTERS, JSONB.valueOf(json.writeValueAsString(filters)))
                .execute();
        return id;
    }

    public boolean delete(UUID user, UUID id) {
        return db.deleteFrom(LEAD_VIEWS)
                        .where(LEAD_VIEWS.ID.eq(id).and(LEAD_VIEWS.USER_ID.eq(user)))
                        .execute()
                == 1;
    }
}
