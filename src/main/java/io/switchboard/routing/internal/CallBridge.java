package io.switchboard.routing.internal;

import io.switchboard.db.tables.records.RoutingQueuesRecord;
import io.switchboard.db.tables.records.WorkItemsRecord;
import io.switchboard.identity.User;
import io.switchboard.identity.UserManagement;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.routing.CallLine;
import io.switchboard.routing.Strategy;
import io.switchboard.routing.WorkId;
import io.switchboard.routing.WorkKind;
import io.switchboard.routing.WorkStatus;
import io.switchboard.routing.internal.RoutingJobs.Bridge;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.UserId;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.LiveCalls;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accepted call's caller bridged to the agent's phone, on the job engine
 * ({@code routing.bridge-call}, scheduled in the accept's transaction, so it exists exactly when the
 * accept committed). The work is claimed ({@code line: bridging}, committed) before the provider is
 * asked: a provider out of reach gives the claim back and the job retries; a crash while asking
 * leaves the claim, and the next run marks it failed instead of asking again (the provider may have
 * dialled the agent already), so nobody's phone rings twice for one caller.
 */
@Component
class CallBridge {

    private static final Set<String> ENDED = Set.of("ended", "caller_hung_up", "failed");
    private static final Set<String> SETTLED = Set.of("ringing", "connected", "ended", "caller_hung_up", "failed");

    private final WorkStore work;
    private final QueueStore queues;
    private final UserManagement users;
    private final LiveCalls live;
    private final Jobs jobs;
    private final Job<Bridge> job;
    private final RoutingFeed feed;
    private final TransactionTemplate tx;

    CallBridge(
            WorkStore work,
            QueueStore queues,
            UserManagement users,
            LiveCalls live,
            Jobs jobs,
            Job<Bridge> job,
            RoutingFeed feed,
            TransactionTemplate tx) {
        this.work = work;
        this.queues = queues;
        this.users = users;
        this.live = live;
        this.jobs = jobs;
        this.job = job;
        this.feed = feed;
        this.tx = tx;
    }

    /**
     * In the accept's transaction, before it changes anything: a live call needs an agent with a
     * phone (409 {@code no_phone}, nothing changed), and its bridge job runs once the accept commits.
     */
    void prepare(WorkItemsRecord w, UserId agent) {
        if (!needsPhone(w)) {
            return;
        }
        String phone = users.get(agent).phone();
        if (phone == null || phone.isBlank()) {
            throw new Conflict(
                    "no_phone",
                    "the caller is connected to your phone, and your profile has no phone number: add one"
                            + " under Profile, or reject the offer to pass the call on");
        }
        jobs.run(job, w.getId().toString(), new Bridge(WorkId.of(w.getId())));
    }

    /**
     * A call work with its caller still on the line: accepting it bridges the caller to the agent's
     * phone, so only agents with one are offered it (the dispatcher) or may accept it (409 above,
     * should the phone go between the offer and the accept).
     */
    static boolean needsPhone(WorkItemsRecord w) {
        return WorkKind.CALL.toString().equals(w.getKind())
                && w.getCallId() != null
                && !ENDED.contains(String.valueOf(w.getLine()));
    }

    private record Claim(CallId call, UserId agent, String phone, String reason, @Nullable String before) {}

    /** The job: claim, ask the provider, record what it answered. */
    void bridge(WorkId id) {
        Claim claim = tx.execute(status -> claim(id));
        if (claim == null) {
            return;
        }
        LiveCalls.Outcome outcome = live.bridge(claim.call(), claim.phone(), claim.reason());
        tx.executeWithoutResult(status -> settle(id, claim, outcome));
        if (outcome instanceof LiveCalls.Outcome.Unreachable unreachable) {
            // The claim is given back: the job engine's next attempt asks again.
            throw new IllegalStateException("the provider could not be reached: " + unreachable.reason());
        }
    }

    private @Nullable Claim claim(WorkId id) {
        WorkItemsRecord w = work.lock(id).orElse(null);
        if (w == null || !WorkStatus.ASSIGNED.toString().equals(w.getStatus()) || SETTLED.contains(w.getLine())) {
            return null;
        }
        UserId agent = UserId.of(w.getAgentId());
        if ("bridging".equals(w.getLine())) {
            CallLines.line(w, CallLine.FAILED);
            decide(w, agent, "not connected: asking the provider was interrupted, and it is not asked twice");
            return null;
        }
        User user = users.get(agent);
        String before = w.getLine();
        CallLines.line(w, CallLine.BRIDGING);
        String reason = "accepted by " + user.name() + " from " + queue(w).getName();
        return new Claim(CallId.of(w.getCallId()), agent, user.phone() == null ? "" : user.phone(), reason, before);
    }

    private void settle(WorkId id, Claim claim, LiveCalls.Outcome outcome) {
        WorkItemsRecord w = work.lock(id).orElseThrow();
        UserId agent = claim.agent();
        if (!"bridging".equals(w.getLine())) {
            return; // the call ended meanwhile and said so
        }
        switch (outcome) {
            case LiveCalls.Outcome.Done done -> {
                CallLines.line(w, CallLine.RINGING);
                decide(w, agent, "bridged: the provider rings the agent's phone");
            }
            case LiveCalls.Outcome.Ended ended -> {
                CallLines.line(w, CallLine.CALLER_HUNG_UP);
                decide(w, agent, "not connected: the caller hung up before the bridge");
            }
            case LiveCalls.Outcome.Unreachable unreachable -> {
                w.setLine(claim.before());
                w.setLineChangedAt(claim.before() == null ? null : w.getLineChangedAt());
                w.store();
                return;
            }
            case LiveCalls.Outcome.Refused refused -> {
                CallLines.line(w, CallLine.FAILED);
                decide(w, agent, "not connected: " + refused.reason());
            }
        }
        feed.deskChanged(w.getOrganizationId(), agent);
    }

    /** The provider stayed out of reach through every retry. */
    void gaveUp(WorkId id) {
        work.lock(id)
                .filter(w -> WorkStatus.ASSIGNED.toString().equals(w.getStatus()) && !SETTLED.contains(w.getLine()))
                .ifPresent(w -> {
                    CallLines.line(w, CallLine.FAILED);
                    decide(w, UserId.of(w.getAgentId()), "not connected: the provider could not be reached");
                    feed.deskChanged(w.getOrganizationId(), UserId.of(w.getAgentId()));
                });
    }

    private void decide(WorkItemsRecord w, UserId agent, String reason) {
        work.decide(WorkId.of(w.getId()), agent, Strategy.fromCode(queue(w).getStrategy()), reason);
    }

    private RoutingQueuesRecord queue(WorkItemsRecord w) {
        return queues.byIds(List.of(w.getQueueId())).get(w.getQueueId());
    }
}
