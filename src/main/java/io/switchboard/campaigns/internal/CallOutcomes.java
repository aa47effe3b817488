package io.switchboard.campaigns.internal;

import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.MemberStatus;
import io.switchboard.campaigns.RetryDelays;
import io.switchboard.campaigns.RetryPolicy;
import io.switchboard.db.tables.records.CampaignMembersRecord;
import io.switchboard.db.tables.records.CampaignsRecord;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.LeadStatusChanged;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallEnded;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallManagement;
import io.switchboard.telephony.CallTransferred;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How campaign calls end up in the funnel and the counters: a call's end moves its member on
 * (contacted, transferred, a retry after the delay for its outcome, or exhausted), a transfer and a
 * lead's conversion count. Each is applied once: only the member's current call moves it.
 */
@Component
public class CallOutcomes {

    private static final Logger log = LoggerFactory.getLogger(CallOutcomes.class);
    private static final String CAMPAIGN_CALL = "#event.campaignId() != null and #event.leadId() != null";
    private static final List<String> REACHED =
            List.of(MemberStatus.CONTACTED.toString(), MemberStatus.TRANSFERRED.toString());

    private final Campaigns campaigns;
    private final Members members;
    private final CallManagement calls;
    private final TenantTransactions tenants;
    private final CampaignFeed feed;
    private final Dialer dialer;
    private final Clock clock;

    CallOutcomes(
            Campaigns campaigns,
            Members members,
            CallManagement calls,
            TenantTransactions tenants,
            CampaignFeed feed,
            @Lazy Dialer dialer,
            Clock clock) {
        this.campaigns = campaigns;
        this.members = members;
        this.calls = calls;
        this.tenants = tenants;
        this.feed = feed;
        this.dialer = dialer;
        this.clock = clock;
    }

    // Only campaign calls: for the others no publication is stored (nor completed) at all.
    @Async
    @TransactionalEventListener(condition = CAMPAIGN_CALL)
    void on(CallEnded event) {
        if (event.campaignId() == null || event.leadId() == null) {
            return;
        }
        tenants.run(
                event,
                () -> ended(
                        event.campaignId(),
                        event.leadId(),
                        event.callId().value(),
                        event.status().toString(),
                        event.transferred()));
        dialer.wake();
    }

    @Async
    @TransactionalEventListener(condition = CAMPAIGN_CALL)
    void on(CallTransferred event) {
        if (event.campaignId() == null || event.leadId() == null) {
            return;
        }
        tenants.run(event, () -> members.lock(event.campaignId(), event.leadId())
                .filter(m -> event.callId().value().equals(m.getLastCallId()))
                .filter(m -> MemberStatus.CALLING.toString().equals(m.getStatus()))
                .filter(m -> !"transferred".equals(m.getLastOutcome()))
                .ifPresent(m -> {
                    // The line stays in flight (and counts against the limit) until the call ends.
                    m.setLastOutcome("transferred");
                    m.store();
                    campaigns.count(m.getCampaignId(), 0, 1, 0);
                    feed.changed(m.getOrganizationId(), CampaignId.of(m.getCampaignId()));
                }));
    }

    @Async
    @TransactionalEventListener
    void on(LeadStatusChanged event) {
        if (event.to() != LeadStatus.CONVERTED) {
            return;
        }
        tenants.run(event, () -> {
            for (CampaignMembersRecord m : members.lockOfLead(event.leadId().value(), REACHED)) {
                m.setStatus(MemberStatus.CONVERTED.toString());
                m.store();
                campaigns.count(m.getCampaignId(), 0, 0, 1);
                feed.changed(m.getOrganizationId(), CampaignId.of(m.getCampaignId()));
            }
        });
    }

    /** Applies the end of a member's current call (in the caller's tenant transaction). */
    void ended(UUID campaign, UUID lead, UUID call, String outcome, boolean transferred) {
        Optional<CampaignMembersRecord> found = members.lock(campaign, lead)
                .filter(m -> call.equals(m.getLastCallId()))
                .filter(m -> MemberStatus.CALLING.toString().equals(m.getStatus()));
        if (found.isEmpty()) {
            return; // a repeated or stale event: this call no longer drives the member
        }
        CampaignMembersRecord member = found.get();
        CampaignsRecord record = campaigns.find(CampaignId.of(campaign)).orElse(null);
        RetryPolicy policy = record == null
                ? new RetryPolicy(1, RetryDelays.DEFAULT)
                : new RetryPolicy(record.getMaxAttempts(), campaigns.delays(record));
        boolean transferCounted = "transferred".equals(member.getLastOutcome());
        Instant now = clock.instant();
        switch (policy.after(outcome, transferred, member.getAttempts(), now)) {
            case RetryPolicy.Reached reached ->
                member.setStatus(reached.status().toString());
            case RetryPolicy.Retry retry -> {
                member.setStatus(MemberStatus.PENDING.toString());
                member.setNextAttemptAt(retry.at().atOffset(ZoneOffset.UTC));
            }
            case RetryPolicy.Exhausted exhausted -> member.setStatus(MemberStatus.EXHAUSTED.toString());
        }
        member.setLastOutcome(transferred ? "transferred" : outcome);
        member.setCallingSince(null);
        member.store();
        boolean answered = transferred || "completed".equals(outcome);
        campaigns.count(campaign, answered ? 1 : 0, transferred && !transferCounted ? 1 : 0, 0);
        feed.changed(member.getOrganizationId(), CampaignId.of(campaign));
    }

    /**
     * Members "calling" since before {@code before} are checked against their call: one that ended
     * (its event was lost) is applied now; one that never existed puts the member back in the queue.
     */
    public void repair(Instant before) {
        List<CampaignMembersRecord> stuck = members.stuck(before, 50);
        Map<CallId, Call> found = calls.find(stuck.stream()
                .map(CampaignMembersRecord::getLastCallId)
                .filter(Objects::nonNull)
                .map(CallId::of)
                .toList());
        for (CampaignMembersRecord member : stuck) {
            Optional<Call> call = member.getLastCallId() == null
                    ? Optional.empty()
                    : Optional.ofNullable(found.get(CallId.of(member.getLastCallId())));
            if (call.isEmpty()) {
                log.info("campaign member {} had no call; queued again", member.getLeadId());
                member.setStatus(MemberStatus.PENDING.toString());
                member.setAttempts(Math.max(0, member.getAttempts() - 1));
                member.setNextAttemptAt(clock.instant().atOffset(ZoneOffset.UTC));
                member.setCallingSince(null);
                member.store();
                feed.changed(member.getOrganizationId(), CampaignId.of(member.getCampaignId()));
            } else if (call.get().status().isTerminal()) {
                ended(
                        member.getCampaignId(),
                        member.getLeadId(),
                        member.getLastCallId(),
                        call.get().status().toString(),
                        call.get().transfer() != null);
            } else {
                member.setCallingSince(clock.instant().atOffset(ZoneOffset.UTC)); // still on: look again later
                member.store();
            }
        }
    }
}
