package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEADS;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The call-related columns of leads, written as single statements so concurrent calls cannot lose counts. */
@Repository
public class CallRecords {

    private final DSLContext db;

    CallRecords(DSLContext db) {
        this.db = db;
    }

    /** The live lead with this phone number; the oldest one when several share it. */
    public Optional<LeadId> byPhone(String phone) {
        return db.select(LEADS.ID)
                .from(LEADS)
                .where(LEADS.PHONE.eq(phone), LEADS.DELETED_AT.isNull())
                .orderBy(LEADS.ID)
                .limit(1)
                .fetchOptional(r -> LeadId.of(r.value1()));
    }

    /**
     * Stores a finished call's outcome, unless a later call's outcome is already there. An
     * unanswered attempt counts one more {@code not_connected}; a conversation resets the count.
     *
     * @return whether the lead exists
     */
    public boolean recordOutcome(LeadId lead, UUID callId, Lead.CallStatus status, boolean connected, Instant endedAt) {
        var at = endedAt.atOffset(ZoneOffset.UTC);
        var newer = LEADS.LAST_CALLED_AT.isNull().or(LEADS.LAST_CALLED_AT.le(at));
        return db.update(LEADS)
                        .set(
                                LEADS.CALL_STATUS,
                                DSL.when(newer, status.toString()).otherwise(LEADS.CALL_STATUS))
                        .set(LEADS.LAST_CALL_ID, DSL.when(newer, callId).otherwise(LEADS.LAST_CALL_ID))
                        .set(LEADS.LAST_CALLED_AT, DSL.when(newer, at).otherwise(LEADS.LAST_CALLED_AT))
                        .set(LEADS.NOT_CONNECTED, connected ? DSL.val(0) : LEADS.NOT_CONNECTED.plus(1))
                        .set(
                                LEADS.LAST_ENGAGEMENT_AT,
                                connected
                                        ? DSL.greatest(DSL.coalesce(LEADS.LAST_ENGAGEMENT_AT, DSL.val(at)), DSL.val(at))
                                        : LEADS.LAST_ENGAGEMENT_AT)
                        .where(LEADS.ID.eq(lead.value()))
                        .execute()
                == 1;
    }

    public boolean markTransferred(LeadId lead, UUID callId, Instant at) {
        var when = at.atOffset(ZoneOffset.UTC);
        return db.update(LEADS)
                        .set(LEADS.TRANSFERRED_TO_HUMAN, true)
                        .set(LEADS.CALL_STATUS, Lead.CallStatus.TRANSFERRED.toString())
                        .set(LEADS.LAST_CALL_ID, callId)
                        .set(
                                LEADS.LAST_CALLED_AT,
                                DSL.greatest(DSL.coalesce(LEADS.LAST_CALLED_AT, DSL.val(when)), DSL.val(when)))
                        .where(LEADS.ID.eq(lead.value()))
                        .execute()
                == 1;
    }

    /** A new lead's first status: "new" becomes "contacted" once someone spoke with it. */
    public boolean markContacted(LeadId lead) {
        return db.update(LEADS)
                        .set(LEADS.STATUS, "contacted")
                        .where(LEADS.ID.eq(lead.value()), LEADS.STATUS.eq("new"))
                        .execute()
                == 1;
    }
}
