package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEAD_STAKEHOLDERS;

import io.switchboard.leads.LeadId;
import io.switchboard.leads.NewStakeholder;
import io.switchboard.leads.Stakeholder;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The other people on a lead (spouse, assistant, decision maker); reached through their lead. */
@Repository
public class Stakeholders {

    private final DSLContext db;

    Stakeholders(DSLContext db) {
        this.db = db;
    }

    public void add(LeadId lead, List<NewStakeholder> stakeholders) {
        for (NewStakeholder s : stakeholders) {
            db.insertInto(LEAD_STAKEHOLDERS)
                    .set(
                            LEAD_STAKEHOLDERS.ORGANIZATION_ID,
                            TenantContext.require().value())
                    .set(LEAD_STAKEHOLDERS.ID, Ids.next())
                    .set(LEAD_STAKEHOLDERS.LEAD_ID, lead.value())
                    .set(LEAD_STAKEHOLDERS.NAME, s.name().strip())
                    .set(LEAD_STAKEHOLDERS.ROLE, s.role())
                    .set(LEAD_STAKEHOLDERS.EMAIL, s.email())
                    .set(LEAD_STAKEHOLDERS.PHONE, s.phone())
                    .set(LEAD_STAKEHOLDERS.IS_PRIMARY, s.primary())
                    .execute();
        }
    }

    public List<Stakeholder> of(LeadId lead) {
        return db.selectFrom(LEAD_STAKEHOLDERS)
                .where(LEAD_STAKEHOLDERS.LEAD_ID.eq(lead.value()))
                .orderBy(LEAD_STAKEHOLDERS.IS_PRIMARY.desc(), LEAD_STAKEHOLDERS.CREATED_AT)
                .fetch(r -> new Stakeholder(
                        r.getId(),
                        r.getName(),
                        r.getRole(),
                        r.getEmail(),
                        r.getPhone(),
                        r.getIsPrimary(),
                        r.getCreatedAt().toInstant()));
    }

    public int move(LeadId from, LeadId to) {
        return db.update(LEAD_STAKEHOLDERS)
                .set(LEAD_STAKEHOLDERS.LEAD_ID, to.value())
                .set(LEAD_STAKEHOLDERS.IS_PRIMARY, false)
                .where(LEAD_STAKEHOLDERS.LEAD_ID.eq(from.value()))
                .execute();
    }

    public boolean remove(LeadId lead, UUID stakeholder) {
        return db.deleteFrom(LEAD_STAKEHOLDERS)
                        .where(LEAD_STAKEHOLDERS.LEAD_ID.eq(lead.value()).and(LEAD_STAKEHOLDERS.ID.eq(stakeholder)))
                        .execute()
                == 1;
    }
}
