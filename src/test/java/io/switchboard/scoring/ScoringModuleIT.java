package io.switchboard.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.conversations.CallAnalysis;
import io.switchboard.conversations.CallAnalyzed;
import io.switchboard.conversations.CallConversations;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadChanges;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.NewLead;
import io.switchboard.leads.Temperature;
import io.switchboard.scoring.internal.ScoreMath;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.TestDataDirectory;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.AiAgentManagement;
import io.switchboard.telephony.NewAiAgent;
import io.switchboard.telephony.SimulatedCalls;
import io.switchboard.tenancy.OrganizationManagement;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scoring module hearing conversations' {@link CallAnalyzed}: an analysed call becomes the base
 * of its lead's score, and the lead's score and temperature follow, in the embedded PostgreSQL.
 *
 * <p>The stimulus is real: the simulator records a scripted call with its transcript, the local
 * analyzer reads it and conversations publishes the event (scoring's listener reads the stored
 * analysis, so a made-up event would find nothing). ALL_DEPENDENCIES: that chain runs through
 * telephony and conversations, which scoring depends on, and their own dependencies (billing,
 * compliance, jobs) settle and gate the call. messaging comes in as an extra: identity's account
 * mail (the sign-up's address check) goes to messaging's outbox through the shared
 * {@code SystemMail} port, a bean no type dependency points Modulith to.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "messaging")
@ActiveProfiles("test")
class ScoringModuleIT {

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
    AiAgentManagement agents;

    @Autowired
    SimulatedCalls simulated;

    @Autowired
    LeadScoring scoring;

    @Autowired
    CallConversations conversations;

    @Test
    void anAnalysedCallBecomesTheBaseOfItsLeadsScore(Scenario scenario) {
        OrganizationId organization = OrganizationId.generate();
        LeadId lead = tenants.call(organization, () -> {
            organizations.register(organization, "Scenario " + organization);
            return leads.create(NewLead.named("Harper Hot").withContact(null, "+14155550177", null), null)
                    .id();
        });
        AiAgentId agent = tenants.call(organization, () -> agents.create(NewAiAgent.simulated("Ava"), null)
                .id());
        assertThat(tenants.call(organization, () -> leads.get(lead).score())).isZero();

        // The organization's own transaction (row-level security), not one the scenario would open outside it.
        scenario.stimulate(tx -> tenants.call(
                        organization,
                        () -> simulated.recordPast(lead.value(), agent, "hot-buyer-financing", 90, Instant.now())))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> analysisBase(organization, lead), Optional::isPresent)
                .andVerify((base, call) -> {
                    CallAnalysis analysis = tenants.call(organization, () -> conversations.analysis(call));
                    Lead scored = tenants.call(organization, () -> leads.get(lead));
                    ScoreBreakdown breakdown = tenants.call(organization, () -> scoring.breakdown(lead));
                    assertThat(analysis.leadId()).isEqualTo(lead.value());
                    assertThat(base.orElseThrow().points())
                            .isPositive()
                            .isEqualTo(ScoreMath.clamp(analysis.analysis().totalScore()));
                    assertThat(breakdown.score()).isEqualTo(base.orElseThrow().points());
                    assertThat(scored.score()).isEqualTo(breakdown.score());
                    assertThat(scored.temperature()).isEqualTo(breakdown.temperature());
                });
    }

    @Test
    void aTemperatureChangeIsPublishedOnlyWhenTheLeadsBandChanges(Scenario scenario, AssertablePublishedEvents events) {
        OrganizationId organization = OrganizationId.generate();
        LeadId lead = tenants.call(organization, () -> {
            organizations.register(organization, "Bands " + organization);
            return leads.create(NewLead.named("Tess Temper").withContact(null, "+14155550178", null), null)
                    .id();
        });

        scenario.stimulate(tx -> tenants.call(organization, () -> rate(lead, 80)))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForEventOfType(LeadTemperatureChanged.class)
                .matching(e -> e.leadId().equals(lead))
                .toArriveAndVerify(e -> {
                    assertThat(e.organizationId()).isEqualTo(organization.value());
                    assertThat(e.previous()).isEqualTo(Temperature.COLD);
                    assertThat(e.current()).isEqualTo(Temperature.HOT);
                    assertThat(e.turnedHot()).isTrue();
                    assertThat(e.score()).isEqualTo(80);
                    assertThat(e.reason()).contains("80");
                });

        // 67 is below hot's edge (70) but not below it minus the hysteresis (65): still hot, no event
        scenario.stimulate(tx -> tenants.call(organization, () -> rate(lead, 67)))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> latestScore(organization, lead), s -> s == 67)
                .andVerify(s -> assertThat(
                                tenants.call(organization, () -> leads.get(lead).temperature()))
                        .isEqualTo(Temperature.HOT));

        scenario.stimulate(tx -> tenants.call(organization, () -> rate(lead, 30)))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForEventOfType(LeadTemperatureChanged.class)
                .matching(e -> e.leadId().equals(lead) && e.current() == Temperature.COLD)
                .toArriveAndVerify(e -> {
                    assertThat(e.previous()).isEqualTo(Temperature.HOT);
                    assertThat(e.turnedHot()).isFalse();
                });
        assertThat(events.ofType(LeadTemperatureChanged.class)
                        .matching(e -> e.leadId().equals(lead)))
                .as("80 → 67 stayed in its band")
                .hasSize(2);
    }

    private Lead rate(LeadId lead, int score) {
        return leads.update(lead, LeadChanges.rating(null, score), null);
    }

    private int latestScore(OrganizationId organization, LeadId lead) {
        return tenants.call(organization, () -> scoring.history(lead, null, 1).data().stream()
                .findFirst()
                .map(ScoreChange::next)
                .orElse(-1));
    }

    private Optional<ScoreComponent> analysisBase(OrganizationId organization, LeadId lead) {
        return tenants.call(organization, () -> scoring.breakdown(lead).components().stream()
                .filter(c -> "analysis".equals(c.kind()))
                .findFirst());
    }
}
