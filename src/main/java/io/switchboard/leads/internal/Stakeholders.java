package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEAD_STAKEHOLDERS;

import io.switchboard.leads.LeadId;
import io.switchboard.leads.NewStakeholder;
import io.switchboard.leads.Stakeholder;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The other people on a lead (spouse, assistant, decision maker); reached through their lead. */
@Repository
public class Stakeholders {

    private final DSLContext db;

    /** The SQL of {@link #of}, rendered once. */
    private final String byLead;

    Stakeholders(DSLContext db) {
        this.db = db;
        this.byLead = db.select(
                        LEAD_STAKEHOLDERS.ID,
                        LEAD_STAKEHOLDERS.NAME,
                        LEAD_STAKEHOLDERS.ROLE,
                        LEAD_STAKEHOLDERS.EMAIL,
                        LEAD_STAKEHOLDERS.PHONE,
                        LEAD_STAKEHOLDERS.IS_PRIMARY,
                        LEAD_STAKEHOLDERS.CREATED_AT)
                .from(LEAD_STAKEHOLDERS)
                .where(LEAD_STAKEHOLDERS.LEAD_ID.eq(DSL.param("lead", LEAD_STAKEHOLDERS.LEAD_ID.getDataType())))
                .orderBy(LEAD_STAKEHOLDERS.IS_PRIMARY.desc(), LEAD_STAKEHOLDERS.CREATED_AT)
                .getSQL(ParamType.INDEXED);
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

    /**
     * A lead's stakeholders, primary first. Run as SQL rendered once with a plain prepared statement:
     * rendering this select again for every lead read was 8% of the API's point read.
     */
    public List<Stakeholder> of(LeadId lead) {
        return db.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(byLead)) {
                statement.setObject(1, lead.value());
                try (ResultSet rows = statement.executeQuery()) {
                    return read(rows);
                }
            }
        });
    }

    /** The select of {@link #of}: one parameter, the lead's id. */
    String byLeadSql() {
        return byLead;
    }

    /** The stakeholders in the rows of {@link #byLeadSql}. */
    static List<Stakeholder> read(ResultSet rows) throws SQLException {
        List<Stakeholder> found = new ArrayList<>();
        while (rows.next()) {
            found.add(new Stakeholder(
                    rows.getObject(1, UUID.class),
                    rows.getString(2),
                    rows.getString(3),
                    rows.getString(4),
                    rows.getString(5),
                    rows.getBoolean(6),
                    rows.getObject(7, OffsetDateTime.class).toInstant()));
        }
        return found;
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
