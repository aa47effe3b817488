package io.switchboard.campaigns;

import static io.switchboard.db.Tables.CAMPAIGN_MEMBERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.NewLead;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.TestDataDirectory;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallEnded;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallStatus;
import io.switchboard.tenancy.OrganizationManagement;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The campaigns module on its own, hearing telephony's {@link CallEnded}: the member whose call it
 * was moves on in the funnel and the campaign's counters with it, in the embedded PostgreSQL.
 *
 * <p>ALL_DEPENDENCIES: campaigns' direct dependencies (telephony, scoring, compliance…) have beans
 * that need their own dependencies (jobs, conversations, sources), so only the transitive closure
 * starts; the modules nobody here depends on (console, demo) stay out.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class CampaignsModuleIT {

    // Beyond Scenario's 10 s: the listener runs on another thread, on a machine the build shares.
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    static {
        TestDataDirectory.ensure();
    }

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    TenantTransactions tenants;

    @Autowired
    LeadManagement leads;

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    CampaignMembership membership;

    @Autowired
    DSLContext db;

    @Test
    void anAnsweredCallMarksItsMemberContactedAndCountsIt(Scenario scenario) {
        Calling calling = memberOnACall(3);

        scenario.publish(ended(calling, CallStatus.COMPLETED, 42))
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> member(calling), m -> m.status() != MemberStatus.CALLING)
                .andVerify(member -> {
                    assertThat(member.status()).isEqualTo(MemberStatus.CONTACTED);
                    assertThat(member.lastOutcome()).isEqualTo("completed");
                    assertThat(stats(calling).answered()).isEqualTo(1);
                });
    }

    @Test
    void anUnansweredCallQueuesItsMemberAgainAfterTheNoAnswerDelay(Scenario scenario) {
        Calling calling = memberOnACall(3);
        Instant endedAt = Instant.now();

        scenario.publish(ended(calling, CallStatus.NO_ANSWER, null))
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> member(calling), m -> m.status() != MemberStatus.CALLING)
                .andVerify(member -> {
                    assertThat(member.status()).isEqualTo(MemberStatus.PENDING);
                    assertThat(member.lastOutcome()).isEqualTo("no_answer");
                    assertThat(member.nextAttemptAt())
                            .isAfterOrEqualTo(endedAt.plus(new RetryPolicy(3, RetryDelays.DEFAULT).delay("no_answer")));
                    assertThat(stats(calling).answered()).isZero();
                });
    }

    record Calling(OrganizationId organization, CampaignId campaign, UUID lead, CallId call) {}

    /** A draft campaign (the dialer leaves it alone) whose one member is on a call, attempt 1. */
    private Calling memberOnACall(int maxAttempts) {
        OrganizationId organization = OrganizationId.generate();
        CallId call = CallId.generate();
        return tenants.call(organization, () -> {
            organizations.register(organization, "Scenario " + organization);
            UUID lead = leads.create(NewLead.named("Casey Caller").withContact(null, "+14155550142", null), null)
                    .id()
                    .value();
            Campaign campaign = campaigns.create(
                    new NewCampaign(
                            "Scenario",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            maxAttempts,
                            null,
                            null),
                    null);
            membership.addLeads(campaign.id(), List.of(lead), null);
            // What the dialer writes when it places the call.
            db.update(CAMPAIGN_MEMBERS)
                    .set(CAMPAIGN_MEMBERS.STATUS, MemberStatus.CALLING.toString())
                    .set(CAMPAIGN_MEMBERS.ATTEMPTS, 1)
                    .set(CAMPAIGN_MEMBERS.LAST_CALL_ID, call.value())
                    .set(CAMPAIGN_MEMBERS.CALLING_SINCE, OffsetDateTime.now())
                    .where(CAMPAIGN_MEMBERS.CAMPAIGN_ID.eq(campaign.id().value()))
                    .execute();
            return new Calling(organization, campaign.id(), lead, call);
        });
    }

    private static CallEnded ended(Calling calling, CallStatus status, Integer seconds) {
        Instant now = Instant.now();
        return new CallEnded(
                calling.organization().value(),
                calling.call(),
                calling.lead(),
                calling.campaign().value(),
                null,
                CallDirection.OUTBOUND,
                status,
                seconds == null ? null : now.minusSeconds(seconds),
                now,
                seconds,
                false,
                null);
    }

    private Member member(Calling calling) {
        return tenants.call(calling.organization(), () -> membership
                .members(calling.campaign(), null, null, 10)
                .data()
                .getFirst());
    }

    private CampaignStats stats(Calling calling) {
        return tenants.call(calling.organization(), () -> membership.stats(calling.campaign()));
    }
}
