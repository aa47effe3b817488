package io.switchboard.routing.internal;

import io.switchboard.db.tables.records.RoutingQueuesRecord;
import io.switchboard.db.tables.records.WorkItemsRecord;
import io.switchboard.identity.UserManagement;
import io.switchboard.routing.CallLine;
import io.switchboard.routing.Strategy;
import io.switchboard.routing.Work;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkStatus;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.RecordReach;
import io.switchboard.shared.UserId;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallManagement;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agent (or a supervisor) ends the live call of an accepted work from the desk. Telephony's own
 * hang-up asks the provider, outside any transaction (Twilio: the call updated to {@code
 * completed}; Plivo: {@code DELETE …/Call/{uuid}/}; Asterisk: {@code DELETE /channels/{id}}; the
 * simulator ends it); the caller's leg ending ends the bridged agent's leg with it. The work's line
 * is {@code ended} at once, so the desk turns to the disposition without waiting for the
 * provider's final webhook, and the bridge job, should it not have run yet, finds nothing to do.
 */
@Component
public class DeskHangup {

    /** A caller still on the line: waiting for the bridge, being put through, ringing, talking. */
    private static final Set<CallLine> LIVE =
            Set.of(CallLine.HELD, CallLine.BRIDGING, CallLine.RINGING, CallLine.CONNECTED);

    private final WorkStore work;
    private final AgentStore agents;
    private final QueueStore queues;
    private final CallManagement calls;
    private final UserManagement users;
    private final RoutingFeed feed;
    private final Desk desk;
    private final TransactionTemplate tx;

    DeskHangup(
            WorkStore work,
            AgentStore agents,
            QueueStore queues,
            CallManagement calls,
            UserManagement users,
            RoutingFeed feed,
            Desk desk,
            TransactionTemplate tx) {
        this.work = work;
        this.agents = agents;
        this.queues = queues;
        this.calls = calls;
        this.users = users;
        this.feed = feed;
        this.desk = desk;
        this.tx = tx;
    }

    /** Hangs up the work's call; {@code supervisor}: the actor may end any agent's call. */
    public Work hangup(WorkId id, UserId actor, boolean supervisor) {
        CallId call = tx.execute(status -> liveCall(id, actor, supervisor));
        // The work is the authority here (its agent, or a supervisor, checked above): the caller may
        // be a lead outside the agent's own reach among calls, as the bridge job's call is.
        try (var everyCall = RecordReach.open(null)) {
            calls.hangup(call);
        } catch (Conflict ended) {
            // The call ended on its own meanwhile: the line says so below all the same.
            if (!"call_ended".equals(ended.code())) {
                throw ended;
            }
        }
        return tx.execute(status -> {
            ended(id, actor);
            return desk.work(id).orElseThrow();
        });
    }

    private CallId liveCall(WorkId id, UserId actor, boolean supervisor) {
        WorkItemsRecord w = work.find(id).orElseThrow(() -> new NotFound("work", id));
        if (!supervisor && !actor.value().equals(w.getAgentId())) {
            throw new Forbidden(
                    "work_not_yours", "only the agent holding this work, or a supervisor, can end its call");
        }
        CallLine line = CallLine.fromNullable(w.getLine());
        if (w.getCallId() == null
                || !WorkStatus.ASSIGNED.toString().equals(w.getStatus())
                || line == null
                || !LIVE.contains(line)) {
            throw new Conflict(
                    "no_live_call",
                    line == null || w.getCallId() == null
                            ? "this work has no call in progress to hang up"
                            : "the call is no longer in progress (" + line.label() + ")");
        }
        return CallId.of(w.getCallId());
    }

    /** One lock order: the agent holding the work, then the work. */
    private void ended(WorkId id, UserId actor) {
        WorkItemsRecord found = work.find(id).orElseThrow();
        UserId agent = UserId.of(found.getAgentId());
        agents.lockIfPresent(agent);
        WorkItemsRecord w = work.lock(id).orElseThrow();
        CallLine line = CallLine.fromNullable(w.getLine());
        if (line == null || !LIVE.contains(line)) {
            return; // the provider's end arrived first and said so
        }
        CallLines.line(w, CallLine.ENDED);
        String who = actor.equals(agent) ? "the agent" : users.get(actor).name();
        RoutingQueuesRecord q = queues.byIds(List.of(w.getQueueId())).get(w.getQueueId());
        work.decide(id, agent, Strategy.fromCode(q.getStrategy()), "hung up from the desk by " + who);
        feed.deskChanged(w.getOrganizationId(), agent);
    }
}
