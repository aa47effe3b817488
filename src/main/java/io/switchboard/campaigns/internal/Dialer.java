package io.switchboard.campaigns.internal;

import io.switchboard.campaigns.CampaignCompleted;
import io.switchboard.campaigns.CampaignGoals;
import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.CampaignSchedule;
import io.switchboard.campaigns.CampaignStatus;
import io.switchboard.campaigns.CampaignsProperties;
import io.switchboard.campaigns.DialOrder;
import io.switchboard.compliance.CallingGate;
import io.switchboard.compliance.Decision;
import io.switchboard.compliance.DialCandidate;
import io.switchboard.db.tables.records.CampaignsRecord;
import io.switchboard.leads.LeadCalls;
import io.switchboard.leads.LeadId;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.Problem;
import io.switchboard.shared.WorkLoop;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.CallManagement;
import io.switchboard.telephony.PhoneNumberId;
import io.switchboard.telephony.PlaceCall;
import io.switchboard.telephony.QueuedCall;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dialer: a loop on one thread per node ({@value #THREAD}). Each round, for every organization
 * with campaigns to dial, in one transaction holding that organization's dialer lock (so several
 * nodes never fill the same free capacity twice): due members are claimed with SKIP LOCKED up to
 * the free capacity (the campaign's and the organization's concurrency limits minus the members
 * already calling), the calling gate checks them in one batch, refusals are recorded (excluded, or
 * deferred to when they pass), and the allowed calls are queued through telephony in one batch
 * while their members turn "calling". The call is only handed to the provider once that transaction
 * commits, so a crash before it leaves neither a call nor a claimed member behind.
 */
@Component
class Dialer implements SmartLifecycle {

    static final String THREAD = "campaign-dialer";
    private static final Duration RETRY_SOON = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(Dialer.class);

    private final Campaigns campaigns;
    private final Members members;
    private final LeadCalls leads;
    private final CallingGate gate;
    private final CallManagement calls;
    private final Budget budget;
    private final CallOutcomes outcomes;
    private final TenantTransactions tenants;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;
    private final CampaignsProperties properties;
    private final ApplicationEventPublisher events;
    private final CampaignFeed feed;
    private final Clock clock;
    /** When each organization's stuck members were last looked for (by this node's dialer thread). */
    private final Map<UUID, Long> lastRepair = new HashMap<>();

    /** On a platform thread: its CPU time is measurable (the benchmark reports it per call). */
    private final WorkLoop loop;

    Dialer(
            Campaigns campaigns,
            Members members,
            LeadCalls leads,
            CallingGate gate,
            CallManagement calls,
            Budget budget,
            CallOutcomes outcomes,
            TenantTransactions tenants,
            PlatformTransactionManager transactions,
            CampaignsProperties properties,
            ApplicationEventPublisher events,
            CampaignFeed feed,
            Clock clock) {
        this.campaigns = campaigns;
        this.members = members;
        this.leads = leads;
        this.gate = gate;
        this.calls = calls;
        this.budget = budget;
        this.outcomes = outcomes;
        this.tenants = tenants;
        this.tx = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.properties = properties;
        this.events = events;
        this.feed = feed;
        this.clock = clock;
        this.loop = new WorkLoop(THREAD, properties::dialInterval, this::round)
                .onPlatformThread()
                .gatheringWakeUpsFor(properties::wakeDelay);
    }

    /** Dial now rather than at the next tick (a campaign call just ended: capacity is free). */
    void wake() {
        loop.wake();
    }

    @Override
    public void start() {
        loop.start();
    }

    /** Lets the round under way finish (its transaction commits or rolls back), for a while. */
    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** One round over every organization with campaign work; returns the calls placed. */
    int round() {
        List<UUID> organizations = tx.execute(status -> campaigns.organizationsWithWork());
        int placed = 0;
        for (UUID organization : organizations == null ? List.<UUID>of() : organizations) {
            if (loop.isStopping()) {
                break; // stopping: the others wait for the next start
            }
            OrganizationId org = OrganizationId.of(organization);
            try {
                placed += tenants.call(org, () -> dialOrganization(organization));
                // Real time, not the clock: this is about how much effort repairs take.
                long now = System.nanoTime();
                Long repaired = lastRepair.get(organization);
                if (repaired == null
                        || now - repaired >= properties.repairInterval().toNanos()) {
                    lastRepair.put(organization, now);
                    tenants.run(org, () -> outcomes.repair(clock.instant().minus(properties.stuckAfter())));
                }
            } catch (RuntimeException e) {
                log.warn("dialer failed for organization {}: {}", organization, e.toString());
            }
        }
        return placed;
    }

    private int dialOrganization(UUID organization) {
        if (!campaigns.tryLockDialing(organization)) {
            return 0; // another node is dialling for this organization right now
        }
        Instant now = clock.instant();
        Map<UUID, Integer> calling = members.calling();
        int free = properties.maxConcurrentCallsPerOrganization()
                - calling.values().stream().mapToInt(Integer::intValue).sum();
        int placed = 0;
        for (CampaignsRecord campaign : campaigns.dialable()) {
            int inFlight = calling.getOrDefault(campaign.getId(), 0);
            int n = dial(campaign, now, inFlight, free - placed);
            placed += n;
        }
        return placed;
    }

    private int dial(CampaignsRecord campaign, Instant now, int inFlight, int organizationFree) {
        CampaignSchedule schedule = campaigns.schedule(campaign);
        CampaignId id = CampaignId.of(campaign.getId());
        if (schedule.endedBy(now)) {
            complete(campaign, now, "schedule_ended");
            return 0;
        }
        if (CampaignStatus.fromCode(campaign.getStatus()) == CampaignStatus.SCHEDULED) {
            if (schedule.startsLater(now)) {
                return 0;
            }
            campaigns.setStatus(campaign, CampaignStatus.ACTIVE, now);
            feed.changed(campaign.getOrganizationId(), id);
        }
        if (CampaignGoals.stored(campaigns.goals(campaign))
                .reachedBy(
                        campaign.getTotalCalls(),
                        campaign.getAnswered(),
                        campaign.getTransferred(),
                        campaign.getConverted())) {
            complete(campaign, now, "goals_reached");
            return 0;
        }
        if (!schedule.openAt(now)) {
            return 0;
        }
        int affordable = budget.affordable(campaign);
        if (affordable == 0 && inFlight == 0) {
            complete(campaign, now, "budget_spent");
            return 0;
        }
        int capacity = Math.min(
                Math.min(campaign.getMaxConcurrentCalls() - inFlight, organizationFree),
                Math.min(properties.batch(), affordable));
        if (capacity <= 0) {
            return 0;
        }
        List<UUID> due = members.claimDue(campaign.getId(), DialOrder.fromCode(campaign.getDialOrder()), now, capacity);
        if (due.isEmpty()) {
            if (inFlight == 0 && !members.anyOpen(campaign.getId())) {
                complete(campaign, now, "all_called");
            }
            return 0;
        }
        Round round = new Round(campaign, now);
        round.run(due);
        round.save();
        return round.placed.size();
    }

    private void complete(CampaignsRecord campaign, Instant now, String reason) {
        campaigns.setStatus(campaign, CampaignStatus.COMPLETED, now, reason);
        events.publishEvent(new CampaignCompleted(campaign.getOrganizationId(), CampaignId.of(campaign.getId())));
        feed.changed(campaign.getOrganizationId(), CampaignId.of(campaign.getId()));
    }

    /** One campaign's claimed members in one round: what was placed, deferred and excluded. */
    private final class Round {
        final CampaignsRecord campaign;
        final Instant now;
        final Map<UUID, UUID> placed = new LinkedHashMap<>();
        final Map<UUID, Instant> deferred = new LinkedHashMap<>();
        final Map<String, List<UUID>> excluded = new LinkedHashMap<>();
        final List<Members.Refusal> refusals = new ArrayList<>();

        Round(CampaignsRecord campaign, Instant now) {
            this.campaign = campaign;
            this.now = now;
        }

        void run(List<UUID> due) {
            Map<LeadId, LeadCalls.CallTarget> targets =
                    leads.targets(due.stream().map(LeadId::of).toList());
            List<LeadCalls.CallTarget> callable = new ArrayList<>(targets.size());
            for (UUID lead : due) {
                LeadCalls.CallTarget target = targets.get(LeadId.of(lead));
                if (target == null) {
                    refuse(lead, "lead_unavailable", null);
                } else {
                    callable.add(target);
                }
            }
            List<Decision> decisions = gate.check(
                    callable.stream()
                            .map(t -> DialCandidate.ai(t.id(), t.phone(), t.timezone(), t.phoneRegion()))
                            .toList(),
                    now,
                    null);
            List<PlaceCall> allowed = new ArrayList<>(callable.size());
            for (int i = 0; i < callable.size(); i++) {
                UUID lead = callable.get(i).id().value();
                Decision decision = decisions.get(i);
                if (decision.allowed()) {
                    allowed.add(command(lead, allowed.size()));
                } else {
                    refuse(lead, decision, decision.nextAllowedAt());
                }
            }
            place(allowed, targets);
        }

        private PlaceCall command(UUID lead, int index) {
            UUID[] numbers = campaign.getCallerNumberIds();
            int next = campaign.getTotalCalls() + index;
            return new PlaceCall(
                    lead,
                    campaign.getAiAgentId() == null ? null : AiAgentId.of(campaign.getAiAgentId()),
                    numbers.length == 0 ? null : PhoneNumberId.of(numbers[next % numbers.length]),
                    campaign.getId(),
                    Map.of("campaign_id", campaign.getId().toString(), "dialed_at", now.toString()));
        }

        /**
         * Queues the allowed calls in one batch (in a savepoint: a problem it did not expect undoes
         * the batch, not the round). A queued call is always recorded; after the first refusal for
         * want of credit, or for a reason that is not the lead's (an agent or number that cannot be
         * used: tried again in a minute), the members after it are left for the next round.
         */
        private void place(List<PlaceCall> allowed, Map<LeadId, LeadCalls.CallTarget> targets) {
            if (allowed.isEmpty()) {
                return;
            }
            List<QueuedCall> answers;
            try {
                answers = savepoint.execute(status -> calls.placeAll(allowed, targets));
            } catch (Problem refused) {
                log.warn("campaign {}: calls not placed: {}", campaign.getId(), refused.getMessage());
                allowed.forEach(c -> deferred.put(c.leadId(), now.plus(RETRY_SOON)));
                return;
            }
            boolean stop = false;
            for (QueuedCall answer : answers == null ? List.<QueuedCall>of() : answers) {
                UUID lead = answer.leadId();
                if (answer.call() != null) {
                    placed.put(lead, answer.call().value());
                } else if (stop) {
                    deferred.put(lead, now); // untouched: tried again next round
                } else if (Reasons.known(answer.refusal())) {
                    refuse(lead, answer.refusal(), now.plus(RETRY_SOON));
                    stop = "insufficient_credit".equals(answer.refusal());
                } else {
                    // Not the lead's fault: recorded so the monitor can say why the campaign waits.
                    log.warn("campaign {}: call to lead {} not placed: {}", campaign.getId(), lead, answer.detail());
                    refuse(lead, Reasons.NO_AGENT_OR_NUMBER, now.plus(RETRY_SOON));
                    stop = true;
                }
            }
        }

        private void refuse(UUID lead, Decision decision, @Nullable Instant next) {
            refusals.add(new Members.Refusal(
                    lead,
                    decision.reason().toString(),
                    decision.reasons().stream().map(Object::toString).toList(),
                    next));
            if (next != null) {
                deferred.put(lead, next);
            } else {
                excluded.computeIfAbsent(decision.reason().toString(), r -> new ArrayList<>())
                        .add(lead);
            }
        }

        private void refuse(UUID lead, String reason, @Nullable Instant next) {
            refusals.add(new Members.Refusal(lead, reason, List.of(reason), next));
            if (next != null) {
                deferred.put(lead, next);
            } else {
                excluded.computeIfAbsent(reason, r -> new ArrayList<>()).add(lead);
            }
        }

        void save() {
            UUID id = campaign.getId();
            members.calling(id, placed, now);
            members.defer(id, deferred);
            excluded.forEach((reason, leads) -> members.exclude(id, leads, reason));
            members.record(id, refusals, now);
            if (!placed.isEmpty()) {
                campaigns.countCalls(id, placed.size());
            }
            if (!placed.isEmpty() || !refusals.isEmpty()) {
                feed.changed(campaign.getOrganizationId(), CampaignId.of(id));
            }
        }
    }
}
