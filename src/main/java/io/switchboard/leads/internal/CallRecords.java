package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEADS;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadId;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
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

    /** A finished call's outcome for its lead. */
    public record Outcome(LeadId lead, UUID callId, Lead.CallStatus status, boolean connected, Instant endedAt) {}

    /**
     * Stores finished calls' outcomes, each unless a later call's outcome is already there. An
     * unanswered attempt counts one more {@code not_connected}; a conversation resets the count. One
     * statement per round: a lead's first outcome in the first, its second in the next, and so on.
     *
     * @return the leads that exist
     */
    public Set<LeadId> recordOutcomes(List<Outcome> outcomes) {
        // Locked in id order first: transactions recording outcomes of the same leads side by side
        // then queue rather than deadlock (an update joined with a list locks in no set order).
        db.select(LEADS.ID)
                .from(LEADS)
                .where(LEADS.ID.in(
                        outcomes.stream().map(o -> o.lead().value()).distinct().toList()))
                .orderBy(LEADS.ID)
                .forUpdate()
                .execute();
        Set<LeadId> existing = new HashSet<>();
        List<Outcome> remaining = outcomes;
        while (!remaining.isEmpty()) {
            Set<LeadId> inRound = new HashSet<>();
            List<Outcome> round = new ArrayList<>();
            List<Outcome> later = new ArrayList<>();
            for (Outcome outcome : remaining) {
                (inRound.add(outcome.lead()) ? round : later).add(outcome);
            }
            existing.addAll(recordRound(round));
            remaining = later;
        }
        return existing;
    }

    private List<LeadId> recordRound(List<Outcome> round) {
        int n = round.size();
        UUID[] leads = new UUID[n];
        UUID[] calls = new UUID[n];
        String[] statuses = new String[n];
        Boolean[] connected = new Boolean[n];
        OffsetDateTime[] ended = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            Outcome outcome = round.get(i);
            leads[i] = outcome.lead().value();
            calls[i] = outcome.callId();
            statuses[i] = outcome.status().toString();
            connected[i] = outcome.connected();
            ended[i] = outcome.endedAt().atOffset(ZoneOffset.UTC);
        }
        return db.resultQuery(
                        """
                UPDATE leads l SET
                  call_status = CASE WHEN l.last_called_at IS NULL OR l.last_called_at <= v.at
                                     THEN v.status ELSE l.call_status END,
                  last_call_id = CASE WHEN l.last_called_at IS NULL OR l.last_called_at <= v.at
                                      THEN v.call_id ELSE l.last_call_id END,
                  last_called_at = CASE WHEN l.last_called_at IS NULL OR l.last_called_at <= v.at
                                        THEN v.at ELSE l.last_called_at END,
                  not_connected = CASE WHEN v.connected THEN 0 ELSE l.not_connected + 1 END,
                  last_engagement_at = CASE WHEN v.connected
                                            THEN greatest(coalesce(l.last_engagement_at, v.at), v.at)
                                            ELSE l.last_engagement_at END
                  FROM unnest({0}, {1}, {2}, {3}, {4}) AS v(id, call_id, status, connected, at)
                 WHERE l.organization_id = {5} AND l.id = v.id
                RETURNING l.id
                """,
                        DSL.val(leads, SQLDataType.UUID.array()),
                        DSL.val(calls, SQLDataType.UUID.array()),
                        DSL.val(statuses, SQLDataType.VARCHAR.array()),
                        DSL.val(connected, SQLDataType.BOOLEAN.array()),
                        DSL.val(ended, SQLDataType.TIMESTAMPWITHTIMEZONE.array()),
                        DSL.val(TenantContext.require().value()))
                .fetch(r -> LeadId.of(r.get(0, UUID.class)));
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
    /** Moves new leads among these to contacted; the ones it moved. */
    public Set<LeadId> markContacted(Collection<LeadId> leads) {
        return new LinkedHashSet<>(db.update(LEADS)
                .set(LEADS.STATUS, "contacted")
                .where(LEADS.ID.in(leads.stream().map(LeadId::value).toList()), LEADS.STATUS.eq("new"))
                .returning(LEADS.ID)
                .fetch(r -> LeadId.of(r.getId())));
    }
}
