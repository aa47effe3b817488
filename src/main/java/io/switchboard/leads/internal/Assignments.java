package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEAD_ASSIGNMENTS;

import io.switchboard.db.tables.records.LeadAssignmentsRecord;
import io.switchboard.leads.Assignment;
import io.switchboard.leads.LeadId;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class Assignments {

    private final DSLContext db;

    Assignments(DSLContext db) {
        this.db = db;
    }

    public UUID record(
            LeadId lead, @Nullable UUID from, @Nullable UUID to, @Nullable UUID by, @Nullable String reason) {
        UUID id = Ids.next();
        db.insertInto(LEAD_ASSIGNMENTS)
                .set(LEAD_ASSIGNMENTS.ORGANIZATION_ID, TenantContext.require().value())
                .set(LEAD_ASSIGNMENTS.ID, id)
                .set(LEAD_ASSIGNMENTS.LEAD_ID, lead.value())
                .set(LEAD_ASSIGNMENTS.ASSIGNED_FROM, from)
                .set(LEAD_ASSIGNMENTS.ASSIGNED_TO, to)
                .set(LEAD_ASSIGNMENTS.ASSIGNED_BY, by)
                .set(LEAD_ASSIGNMENTS.REASON, reason)
                .execute();
        return id;
    }

    /** One assignment row per lead for a bulk reassignment, in one statement. */
    public void recordAll(List<Record4<UUID, UUID, UUID, UUID>> leadFromToBy, @Nullable String reason) {
        var insert = db.insertInto(
                LEAD_ASSIGNMENTS,
                LEAD_ASSIGNMENTS.ORGANIZATION_ID,
                LEAD_ASSIGNMENTS.ID,
                LEAD_ASSIGNMENTS.LEAD_ID,
                LEAD_ASSIGNMENTS.ASSIGNED_FROM,
                LEAD_ASSIGNMENTS.ASSIGNED_TO,
                LEAD_ASSIGNMENTS.ASSIGNED_BY,
                LEAD_ASSIGNMENTS.REASON);
        UUID organization = TenantContext.require().value();
        for (Record4<UUID, UUID, UUID, UUID> row : leadFromToBy) {
            insert = insert.values(
                    organization, Ids.next(), row.value1(), row.value2(), row.value3(), row.value4(), reason);
        }
        if (!leadFromToBy.isEmpty()) {
            insert.execute();
        }
    }

    public List<Assignment> history(LeadId lead) {
        return db.selectFrom(LEAD_ASSIGNMENTS)
                .where(LEAD_ASSIGNMENTS.LEAD_ID.eq(lead.value()))
                .orderBy(LEAD_ASSIGNMENTS.CREATED_AT.desc(), LEAD_ASSIGNMENTS.ID.desc())
                .fetch(Assignments::toAssignment);
    }

    public Optional<LeadAssignmentsRecord> findRecord(LeadId lead, UUID id) {
        return db.selectFrom(LEAD_ASSIGNMENTS)
                .where(LEAD_ASSIGNMENTS.ID.eq(id).and(LEAD_ASSIGNMENTS.LEAD_ID.eq(lead.value())))
                .fetchOptional();
    }

    public int move(LeadId from, LeadId to) {
        return db.update(LEAD_ASSIGNMENTS)
                .set(LEAD_ASSIGNMENTS.LEAD_ID, to.value())
                .where(LEAD_ASSIGNMENTS.LEAD_ID.eq(from.value()))
                .execute();
    }

    public static Assignment toAssignment(LeadAssignmentsRecord r) {
        return new Assignment(
                r.getId(),
                LeadId.of(r.getLeadId()),
                r.getAssignedFrom(),
                r.getAssignedTo(),
                r.getAssignedBy(),
                r.getReason(),
                r.getFeedback(),
                r.getFeedbackRating() == null ? null : r.getFeedbackRating().intValue(),
                r.getFeedbackAt() == null ? null : r.getFeedbackAt().toInstant(),
                r.getCreatedAt().toInstant());
    }
}
