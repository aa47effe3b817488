package io.switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.routing.AssignmentPolicy.Candidate;
import io.switchboard.routing.AssignmentPolicy.Choice;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class AssignmentPolicyTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final UserId ANA = user(1);
    static final UserId BEN = user(2);
    static final UserId CAL = user(3);
    static final RandomGenerator SEEDED = new SplittableRandom(7);

    static UserId user(int n) {
        return UserId.of(UUID.fromString("00000000-0000-7000-8000-00000000000" + n));
    }

    static Candidate agent(UserId id, int load, int capacity, int idleSeconds, Map<String, Integer> skills) {
        return new Candidate(id, load, capacity, NOW.minusSeconds(idleSeconds), skills);
    }

    static Optional<Choice> choose(Strategy strategy, List<SkillLevel> required, List<Candidate> pool, UUID last) {
        return AssignmentPolicy.choose(strategy, required, pool, last, 82, NOW, SEEDED);
    }

    @Test
    void roundRobinTakesTheNextAgentAfterTheQueuesPreviousOneAndWrapsAround() {
        List<Candidate> pool =
                List.of(agent(CAL, 0, 1, 5, Map.of()), agent(ANA, 0, 1, 5, Map.of()), agent(BEN, 0, 1, 5, Map.of()));
        assertThat(choose(Strategy.ROUND_ROBIN, List.of(), pool, null)
                        .orElseThrow()
                        .agent())
                .isEqualTo(ANA);
        assertThat(choose(Strategy.ROUND_ROBIN, List.of(), pool, ANA.value())
                        .orElseThrow()
                        .agent())
                .isEqualTo(BEN);
        Choice wrapped =
                choose(Strategy.ROUND_ROBIN, List.of(), pool, CAL.value()).orElseThrow();
        assertThat(wrapped.agent()).isEqualTo(ANA);
        assertThat(wrapped.reason()).startsWith("round robin: next in the rotation");
    }

    @Test
    void leastBusyTakesTheAgentHoldingTheFewestAndSaysHowMany() {
        List<Candidate> pool = List.of(
                agent(ANA, 2, 3, 500, Map.of()), agent(BEN, 0, 3, 10, Map.of()), agent(CAL, 1, 3, 900, Map.of()));
        Choice choice = choose(Strategy.LEAST_BUSY, List.of(), pool, null).orElseThrow();
        assertThat(choice.agent()).isEqualTo(BEN);
        assertThat(choice.reason()).isEqualTo("least busy: holds 0 of 3, the fewest of 3 free agents");
    }

    @Test
    void longestIdleTakesTheAgentIdleTheLongest() {
        List<Candidate> pool = List.of(
                agent(ANA, 0, 1, 30, Map.of()), agent(BEN, 0, 1, 312, Map.of()), agent(CAL, 0, 1, 60, Map.of()));
        Choice choice = choose(Strategy.LONGEST_IDLE, List.of(), pool, null).orElseThrow();
        assertThat(choice.agent()).isEqualTo(BEN);
        assertThat(choice.reason()).isEqualTo("longest idle: idle for 312 s, the longest of 3 free agents");
    }

    @Test
    void skillsTakesTheBestMatchAndNeverAnAgentBelowTheRequiredLevel() {
        List<SkillLevel> spanish = List.of(new SkillLevel("spanish", 3));
        List<Candidate> pool = List.of(
                agent(ANA, 0, 1, 900, Map.of("spanish", 2)),
                agent(BEN, 0, 1, 10, Map.of("spanish", 5)),
                agent(CAL, 0, 1, 500, Map.of("spanish", 3)));
        Choice choice = choose(Strategy.SKILLS, spanish, pool, null).orElseThrow();
        assertThat(choice.agent()).isEqualTo(BEN);
        assertThat(choice.reason()).isEqualTo("skills: spanish 5, the best match of 2 free agents");
        assertThat(choose(Strategy.LONGEST_IDLE, spanish, pool, null)
                        .orElseThrow()
                        .agent())
                .as("every strategy honours required skills")
                .isEqualTo(CAL);
        assertThat(choose(Strategy.SKILLS, List.of(new SkillLevel("french", 1)), pool, null))
                .isEmpty();
    }

    @Test
    void scorePriorityNamesTheLeadScoreAndTakesTheLongestIdle() {
        List<Candidate> pool = List.of(agent(ANA, 0, 1, 30, Map.of()), agent(BEN, 0, 1, 90, Map.of()));
        Choice choice = choose(Strategy.SCORE_PRIORITY, List.of(), pool, null).orElseThrow();
        assertThat(choice.agent()).isEqualTo(BEN);
        assertThat(choice.reason()).startsWith("score priority: lead score 82 served first; longest idle");
    }

    @Test
    void weightedRandomDrawsInProportionToFreeCapacity() {
        List<Candidate> pool = List.of(agent(ANA, 0, 3, 0, Map.of()), agent(BEN, 2, 3, 0, Map.of()));
        Map<UserId, Integer> counts = new HashMap<>();
        RandomGenerator random = new SplittableRandom(42);
        for (int i = 0; i < 4000; i++) {
            Choice c = AssignmentPolicy.choose(Strategy.WEIGHTED_RANDOM, List.of(), pool, null, null, NOW, random)
                    .orElseThrow();
            counts.merge(c.agent(), 1, Integer::sum);
        }
        assertThat(counts.get(ANA)).as("weight 3 of 4").isBetween(2800, 3200);
        assertThat(counts.get(BEN)).as("weight 1 of 4").isBetween(800, 1200);
    }

    @Test
    void anAgentWithoutFreeCapacityIsNeverChosen() {
        List<Candidate> full = List.of(agent(ANA, 1, 1, 900, Map.of()), agent(BEN, 3, 3, 900, Map.of()));
        for (Strategy strategy : Strategy.values()) {
            assertThat(choose(strategy, List.of(), full, null))
                    .as(strategy.toString())
                    .isEmpty();
        }
    }
}
