package io.switchboard.routing;

import io.switchboard.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The queue strategies as one pure rule: given the agents free for a work, which one gets it and
 * why (the reason is stored with the decision and shown to people, so it names the figures that
 * decided). Only agents holding every required skill at its level are considered.
 */
public final class AssignmentPolicy {

    private AssignmentPolicy() {}

    /**
     * @param load works the agent holds on the work's channel (offered or accepted)
     * @param capacity how many the agent may hold on that channel
     * @param idleSince since when the agent holds no work
     */
    public record Candidate(UserId id, int load, int capacity, Instant idleSince, Map<String, Integer> skills) {

        int free() {
            return capacity - load;
        }
    }

    public record Choice(UserId agent, String reason) {}

    /**
     * @param lastAgent the agent the queue offered its previous work to (round-robin memory)
     * @param leadScore the work's lead score, for score_priority's reason
     */
    public static Optional<Choice> choose(
            Strategy strategy,
            List<SkillLevel> required,
            List<Candidate> candidates,
            @Nullable UUID lastAgent,
            @Nullable Integer leadScore,
            Instant now,
            RandomGenerator random) {
        List<Candidate> eligible = eligible(required, candidates);
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                switch (strategy) {
                    case ROUND_ROBIN -> roundRobin(eligible, lastAgent);
                    case LEAST_BUSY -> leastBusy(eligible);
                    case LONGEST_IDLE -> longestIdle(eligible, now, "longest idle");
                    case SKILLS -> bestSkilled(eligible, required, now);
                    case SCORE_PRIORITY -> scorePriority(eligible, leadScore, now);
                    case WEIGHTED_RANDOM -> weightedRandom(eligible, random);
                });
    }

    /** The candidates with room who hold every required skill at its level, in id order. */
    public static List<Candidate> eligible(List<SkillLevel> required, List<Candidate> candidates) {
        return candidates.stream()
                .filter(c -> c.free() > 0 && hasAll(c, required))
                .sorted(Comparator.comparing(c -> c.id().value()))
                .toList();
    }

    static boolean hasAll(Candidate c, List<SkillLevel> required) {
        return required.stream().allMatch(r -> c.skills().getOrDefault(r.skill(), 0) >= r.level());
    }

    private static Choice roundRobin(List<Candidate> eligible, @Nullable UUID lastAgent) {
        Candidate next = eligible.stream()
                .filter(c -> lastAgent != null && c.id().value().compareTo(lastAgent) > 0)
                .findFirst()
                .orElse(eligible.getFirst());
        return new Choice(
                next.id(),
                lastAgent == null
                        ? "round robin: first agent in the rotation"
                        : "round robin: next in the rotation after the queue's previous agent");
    }

    private static Choice leastBusy(List<Candidate> eligible) {
        Candidate least = eligible.stream()
                .min(Comparator.comparingInt(Candidate::load).thenComparing(Candidate::idleSince))
                .orElseThrow();
        return new Choice(
                least.id(),
                "least busy: holds " + least.load() + " of " + least.capacity() + ", the fewest of " + eligible.size()
                        + " free agents");
    }

    private static Choice longestIdle(List<Candidate> eligible, Instant now, String prefix) {
        Candidate idlest = eligible.stream()
                .min(Comparator.comparing(Candidate::idleSince))
                .orElseThrow();
        long seconds = Math.max(0, Duration.between(idlest.idleSince(), now).toSeconds());
        return new Choice(
                idlest.id(),
                prefix + ": idle for " + seconds + " s, the longest of " + eligible.size() + " free agents");
    }

    private static Choice bestSkilled(List<Candidate> eligible, List<SkillLevel> required, Instant now) {
        Comparator<Candidate> bySkill = Comparator.comparingInt(c -> skillSum(c, required));
        Candidate best = eligible.stream()
                .max(bySkill.thenComparing(Candidate::idleSince, Comparator.reverseOrder()))
                .orElseThrow();
        if (required.isEmpty()) {
            return longestIdle(eligible, now, "skills: no skill required, longest idle");
        }
        String levels = required.stream()
                .map(r -> r.skill() + " " + best.skills().get(r.skill()))
                .collect(Collectors.joining(", "));
        return new Choice(best.id(), "skills: " + levels + ", the best match of " + eligible.size() + " free agents");
    }

    private static int skillSum(Candidate c, List<SkillLevel> required) {
        return required.stream()
                .mapToInt(r -> c.skills().getOrDefault(r.skill(), 0))
                .sum();
    }

    private static Choice scorePriority(List<Candidate> eligible, @Nullable Integer leadScore, Instant now) {
        String first = leadScore == null ? "no lead score" : "lead score " + leadScore + " served first";
        return longestIdle(eligible, now, "score priority: " + first + "; longest idle");
    }

    private static Choice weightedRandom(List<Candidate> eligible, RandomGenerator random) {
        int total = eligible.stream().mapToInt(Candidate::free).sum();
        int pick = random.nextInt(total);
        for (Candidate c : eligible) {
            pick -= c.free();
            if (pick < 0) {
                return new Choice(
                        c.id(), "weighted random: drawn with weight " + c.free() + " of " + total + " (free capacity)");
            }
        }
        throw new IllegalStateException("weights add up to " + total);
    }
}
