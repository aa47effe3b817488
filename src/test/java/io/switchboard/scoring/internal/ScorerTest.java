package io.switchboard.scoring.internal;

import static io.switchboard.scoring.internal.TestLeads.NOW;
import static io.switchboard.scoring.internal.TestLeads.criteria;
import static io.switchboard.scoring.internal.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.Temperature;
import io.switchboard.scoring.internal.ScoreState.AnalysisSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ScorerTest {

    final UUID referralRule = UUID.randomUUID();
    final UUID budgetRule = UUID.randomUUID();
    final UUID answeredRule = UUID.randomUUID();

    RuleSpec referral = new RuleSpec(
            referralRule,
            1,
            "Referral",
            criteria("{\"field\": \"source\", \"op\": \"eq\", \"value\": \"referral\"}"),
            20,
            null,
            null);
    RuleSpec budget = new RuleSpec(
            budgetRule,
            1,
            "Big budget",
            criteria("{\"field\": \"custom.budget\", \"op\": \"gte\", \"value\": 100000}"),
            30,
            null,
            null);
    RuleSpec answered = new RuleSpec(
            answeredRule,
            1,
            "Answered lately",
            criteria("{\"event\": \"call_answered\", \"within_days\": 7}"),
            25,
            null,
            7);

    /** The lead as the leads module keeps it, and scoring's side, moved along like the real thing. */
    Lead lead = lead(LeadSource.REFERRAL, 0, Temperature.COLD, Map.of("budget", 250000));

    ScoreState state = ScoreState.none();
    final List<Scorer.Change> history = new ArrayList<>();
    List<ActivityEvent> activity = new ArrayList<>();

    @Test
    void matchingRulesBecomeComponentsAndTheChangeIsExplained() {
        Scorer.Result result = step(book(referral, budget), null, NOW);
        assertThat(result.state().score()).isEqualTo(50);
        assertThat(result.state().temperature()).isEqualTo(Temperature.WARM);
        assertThat(result.state().components())
                .extracting(ScoreState.Component::ruleId)
                .containsExactlyInAnyOrder(referralRule, budgetRule);
        assertThat(result.state().components()).allMatch(c -> c.since().equals(NOW));
        assertThat(result.change()).isNotNull();
        assertThat(result.change().previous()).isZero();
        assertThat(result.change().reason()).contains("'Referral' applies (+20)", "'Big budget' applies (+30)");
        assertThat(result.change().ruleId()).as("two rules moved it").isNull();
    }

    @Test
    void scoringAgainWithNothingNewChangesNothing() {
        step(book(referral, budget), null, NOW);
        Scorer.Result again = step(book(referral, budget), null, NOW.plusSeconds(60));
        assertThat(again.stateChanged()).isFalse();
        assertThat(again.change()).isNull();
        assertThat(history).hasSize(1);
    }

    @Test
    void aNewVersionOfARuleKeepsWhenItStartedAndNamesTheRule() {
        step(book(referral), null, NOW);
        RuleSpec v2 = new RuleSpec(referralRule, 2, "Referral", referral.criteria(), 35, null, null);
        Scorer.Result result = step(book(v2), null, NOW.plusSeconds(3600));
        assertThat(result.state().score()).isEqualTo(35);
        assertThat(result.state().component(referralRule).since()).isEqualTo(NOW);
        assertThat(result.state().component(referralRule).version()).isEqualTo(2);
        assertThat(result.change().ruleId()).isEqualTo(referralRule);
        assertThat(result.change().ruleVersion()).isEqualTo(2);
        assertThat(result.change().reason()).contains("changed to version 2 (+20 → +35)");
    }

    @Test
    void aScoreSetByHandWinsUntilTheNextChangeAndTheHistoryStillAddsUp() {
        step(book(referral), null, NOW);
        lead = rated(lead, 80, Temperature.HOT); // a person sets it
        Scorer.Result result = step(book(referral), null, NOW.plusSeconds(10));
        assertThat(result.state().score()).isEqualTo(80);
        assertThat(result.state().base().kind()).isEqualTo(ScoreState.BaseKind.MANUAL);
        assertThat(result.state().base().points()).isEqualTo(60);
        assertThat(result.state().temperature())
                .as("the person's temperature stays")
                .isEqualTo(Temperature.HOT);
        assertThat(result.change().reason()).isEqualTo("Set by hand to 80");
        step(book(referral, budget), null, NOW.plusSeconds(20));
        assertThat(state.score()).isEqualTo(100);
        assertReplayGivesTheScore();
    }

    @Test
    void theLatestAnalysedCallIsTheBaseAndAnOlderOneIsIgnored() {
        UUID call = UUID.randomUUID();
        AnalysisSnapshot hot = analysis(call, 1, "hot", 84.4, NOW);
        step(book(), hot, NOW);
        assertThat(state.score()).isEqualTo(84);
        assertThat(state.temperature()).isEqualTo(Temperature.HOT);
        assertThat(history.getLast().reason()).isEqualTo("Analysis of a call: hot, 84 points");
        step(book(), analysis(UUID.randomUUID(), 1, "cold", 20, NOW.minusSeconds(600)), NOW.plusSeconds(5));
        assertThat(state.score()).as("an analysis older than the stored one").isEqualTo(84);
        step(book(), hot, NOW.plusSeconds(6));
        assertThat(history).as("the same run again").hasSize(1);
        step(book(), analysis(call, 2, "warm", 55, NOW.plusSeconds(60)), NOW.plusSeconds(60));
        assertThat(state.score()).isEqualTo(55);
        assertThat(state.temperature()).as("hot holds down to 65, then warm").isEqualTo(Temperature.WARM);
        assertReplayGivesTheScore();
    }

    @Test
    void aComponentDecaysWithItsHalfLifeAndLeavesWithItsWindow() {
        activity.add(new ActivityEvent(Activity.CALL_ANSWERED, NOW.minus(Duration.ofHours(1))));
        step(book(answered, budget), null, NOW);
        assertThat(state.score()).isEqualTo(55);
        step(book(answered, budget), null, NOW.plus(Duration.ofDays(3)));
        assertThat(state.score()).as("25 × 0.5^(3/7) = 18.6").isEqualTo(49);
        assertThat(history.getLast().reason()).isEqualTo("Decay of 'Answered lately'");
        step(book(answered, budget), null, NOW.plus(Duration.ofDays(8)));
        assertThat(state.score()).as("the call is older than the window").isEqualTo(30);
        assertThat(history.getLast().reason()).contains("'Answered lately' no longer applies (-25)");
        assertThat(history.getLast().ruleId()).isEqualTo(answeredRule);
        assertReplayGivesTheScore();
    }

    @Test
    void aPersonsTemperatureStaysWhileTheScoreDoesNotMoveAndNewBandsApplyToScoringsOwn() {
        lead = lead(LeadSource.REFERRAL, 0, Temperature.HOT, Map.of());
        step(book(), null, NOW);
        assertThat(lead.temperature()).as("set by a person, score unchanged").isEqualTo(Temperature.HOT);

        lead = lead(LeadSource.REFERRAL, 0, Temperature.COLD, Map.of("budget", 250000));
        state = ScoreState.none();
        step(book(referral, budget), null, NOW);
        assertThat(lead.temperature()).isEqualTo(Temperature.WARM);
        RuleBook stricter =
                new RuleBook(List.of(referral, budget), Map.of(), new TemperatureBands(90, 60, 5), Map.of());
        step(stricter, null, NOW.plusSeconds(1));
        assertThat(lead.temperature())
                .as("scoring's own temperature follows new bands")
                .isEqualTo(Temperature.COLD);
    }

    @Test
    void closedLeadsKeepTheFeaturesTheyHadWhileOpen() {
        step(book(referral), null, NOW);
        Map<String, String> open = state.features();
        lead = new Lead(
                lead.id(),
                lead.name(),
                lead.email(),
                lead.phone(),
                "GB",
                lead.timezone(),
                lead.company(),
                lead.linkedinUrl(),
                lead.source(),
                LeadStatus.CONVERTED,
                lead.temperature(),
                lead.score(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of("budget", 9),
                null,
                null,
                lead.createdAt(),
                lead.updatedAt(),
                null,
                lead.calling(),
                null,
                null);
        step(book(referral), null, NOW.plusSeconds(1));
        assertThat(state.features()).isEqualTo(open).containsEntry("custom.budget", "from 100k to 1M");
    }

    private Scorer.Result step(RuleBook book, @Nullable AnalysisSnapshot analysis, Instant now) {
        Scorer.Result result =
                Scorer.rescore(state, new CriteriaEvaluator.Facts(lead, List.copyOf(activity)), book, analysis, now);
        if (result.change() != null) {
            history.add(result.change());
        }
        if (result.leadChanged(lead)) {
            lead = rated(lead, result.state().score(), result.state().temperature());
        }
        state = result.state();
        return result;
    }

    private void assertReplayGivesTheScore() {
        int score = 0;
        for (Scorer.Change c : history) {
            assertThat(c.previous())
                    .as("each change starts where the one before ended")
                    .isEqualTo(score);
            score += c.next() - c.previous();
        }
        assertThat(score).isEqualTo(state.score()).isEqualTo(lead.score());
    }

    private RuleBook book(RuleSpec... rules) {
        Map<UUID, String> names = new HashMap<>();
        for (RuleSpec r : List.of(referral, budget, answered)) {
            names.put(r.id(), r.name());
        }
        return new RuleBook(List.of(rules), Map.of(), TemperatureBands.DEFAULT, names);
    }

    private static Lead rated(Lead l, int score, Temperature temperature) {
        return new Lead(
                l.id(),
                l.name(),
                l.email(),
                l.phone(),
                l.phoneRegion(),
                l.timezone(),
                l.company(),
                l.linkedinUrl(),
                l.source(),
                l.status(),
                temperature,
                score,
                l.pipelineId(),
                l.stageId(),
                l.expectedCloseDate(),
                l.lastEngagementAt(),
                l.ownerId(),
                l.projectId(),
                l.vendorId(),
                l.marketingCampaignId(),
                l.importId(),
                l.customFields(),
                l.mergedIntoId(),
                l.createdBy(),
                l.createdAt(),
                l.updatedAt(),
                l.deletedAt(),
                l.calling(),
                l.valueMinor(),
                l.currency());
    }

    private static AnalysisSnapshot analysis(UUID call, int run, String qualification, double total, Instant at) {
        return new AnalysisSnapshot(call, run, qualification, 0.7, 0.4, "positive", total, true, at);
    }
}
