package io.switchboard.scoring.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of a score: a component's points decay by half every {@code half_life_days} from
 * the moment it started to apply; the decayed points of one group add up to at most its cap (either
 * way: a capped group's components are scaled down in proportion, so that the effective points
 * still add up to the score); the score is the sum of the effective points and the base, rounded
 * and held within 0..100.
 */
public final class ScoreMath {

    public static final int MIN = 0;
    public static final int MAX = 100;

    private ScoreMath() {}

    /** A component as the arithmetic sees it. */
    public record Part(
            UUID ruleId, int points, @Nullable String group, @Nullable Integer halfLifeDays, Instant since) {}

    /** Each rule component's effective points, their sum with the base, and the score. */
    public record Totals(Map<UUID, Double> effective, double raw, int score) {}

    public static double decayed(int points, @Nullable Integer halfLifeDays, Instant since, Instant now) {
        if (halfLifeDays == null || !now.isAfter(since)) {
            return points;
        }
        double days = Duration.between(since, now).toMillis() / 86_400_000.0;
        return points * Math.pow(0.5, days / halfLifeDays);
    }

    /** @param caps the maximum points per group name (lower case); groups without a cap add up freely */
    public static Totals totals(List<Part> parts, Map<String, Integer> caps, int base, Instant now) {
        Map<UUID, Double> effective = new LinkedHashMap<>();
        Map<String, Double> groupSums = new HashMap<>();
        for (Part part : parts) {
            double points = decayed(part.points(), part.halfLifeDays(), part.since(), now);
            effective.put(part.ruleId(), points);
            if (part.group() != null) {
                groupSums.merge(key(part.group()), points, Double::sum);
            }
        }
        for (Part part : parts) {
            if (part.group() == null) {
                continue;
            }
            Integer cap = caps.get(key(part.group()));
            double sum = groupSums.get(key(part.group()));
            if (cap != null && Math.abs(sum) > cap) {
                effective.computeIfPresent(part.ruleId(), (id, points) -> points * cap / Math.abs(sum));
            }
        }
        double raw = base;
        for (double points : effective.values()) {
            raw += points;
        }
        return new Totals(effective, raw, clamp(raw));
    }

    public static int clamp(double raw) {
        return (int) Math.max(MIN, Math.min(MAX, Math.round(raw)));
    }

    public static double twoDecimals(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static String key(String group) {
        return group.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
