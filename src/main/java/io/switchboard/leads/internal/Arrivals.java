package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEADS;

import io.switchboard.leads.LeadId;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** When a lead that came from elsewhere (another system, the demo's history) really arrived. */
@Repository
public class Arrivals {

    private final DSLContext db;

    Arrivals(DSLContext db) {
        this.db = db;
    }

    public void date(LeadId lead, Instant arrivedAt) {
        db.update(LEADS)
                .set(LEADS.CREATED_AT, arrivedAt.atOffset(ZoneOffset.UTC))
                .set(LEADS.UPDATED_AT, arrivedAt.atOffset(ZoneOffset.UTC))
                .where(LEADS.ID.eq(lead.value()))
                .execute();
    }
}
