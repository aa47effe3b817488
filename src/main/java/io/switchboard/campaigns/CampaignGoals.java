package io.switchboard.campaigns;

import io.switchboard.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a campaign aims for, counted by its own counters: {@code total_calls}, {@code answered},
 * {@code transferred}, {@code converted} (each a positive number). Once every goal is reached the
 * dialer completes the campaign ({@code goals_reached}); a campaign without goals runs until its
 * members, schedule or budget end it.
 */
public record CampaignGoals(Map<String, Integer> targets) {

    public static final List<String> KEYS = List.of("total_calls", "answered", "transferred", "converted");
    private static final int MOST = 1_000_000_000;

    public CampaignGoals {
        targets = Map.copyOf(targets);
    }

    /** Validates goals as the API receives them; a clear 400 for an unknown key or a bad number. */
    static CampaignGoals of(Map<String, Object> goals) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        goals.forEach((key, value) -> {
            if (!KEYS.contains(key)) {
                throw new InvalidInput(
                        "goals", "unknown_goal", "goals may be " + String.join(", ", KEYS) + ", not " + key);
            }
            if (!(value instanceof Integer n) || n < 1 || n > MOST) {
                throw new InvalidInput("goals", "invalid_goal", key + " must be a whole number from 1 to " + MOST);
            }
            targets.put(key, n);
        });
        return new CampaignGoals(targets);
    }

    /** Goals as stored: the known keys with a number, anything else ignored (never fails a dialer round). */
    public static CampaignGoals stored(Map<String, Object> goals) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        goals.forEach((key, value) -> {
            if (KEYS.contains(key) && value instanceof Number n) {
                targets.put(key, n.intValue());
            }
        });
        return new CampaignGoals(targets);
    }

    /** One goal against its counter. */
    public record Progress(String key, int count, int target) {

        public boolean reached() {
            return count >= target;
        }
    }

    /** Each goal with the counter it is measured by, in the order of {@link #KEYS}. */
    public List<Progress> progress(int totalCalls, int answered, int transferred, int converted) {
        Map<String, Integer> counts = Map.of(
                "total_calls", totalCalls, "answered", answered, "transferred", transferred, "converted", converted);
        return KEYS.stream()
                .filter(targets::containsKey)
                .map(key -> new Progress(key, counts.get(key), targets.get(key)))
                .toList();
    }

    /** Whether there are goals and the counters reached every one. */
    public boolean reachedBy(int totalCalls, int answered, int transferred, int converted) {
        return !targets.isEmpty()
                && progress(totalCalls, answered, transferred, converted).stream()
                        .allMatch(Progress::reached);
    }
}
