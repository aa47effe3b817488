package io.switchboard.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Speed to lead (seconds from a lead's creation to the first call attempt) kept as a histogram per
 * day, so that percentiles over any range come from adding a few arrays instead of reading every
 * lead. A percentile answers the upper bound of the bucket it falls in: never below the true value,
 * and at most one bucket above it (the bounds are finer where sales managers look: the first minutes).
 */
public final class SpeedToLead {

    /** Upper bounds of the buckets in seconds; a last bucket holds everything slower than a week. */
    public static final List<Integer> BOUNDS = List.of(
            10, 30, 60, 120, 180, 300, 600, 900, 1_200, 1_800, 2_700, 3_600, 7_200, 14_400, 28_800, 43_200, 86_400,
            172_800, 345_600, 604_800);

    public static final int BUCKETS = BOUNDS.size() + 1;

    private SpeedToLead() {}

    /** The bucket of a lead contacted after {@code seconds} (0 for at most 10 s, …, the last for over a week). */
    public static int bucket(long seconds) {
        for (int i = 0; i < BOUNDS.size(); i++) {
            if (seconds <= BOUNDS.get(i)) {
                return i;
            }
        }
        return BOUNDS.size();
    }

    /** Adds {@code more} into {@code into} bucket by bucket (arrays may be shorter: no leads that day). */
    public static long[] add(long[] into, int[] more) {
        for (int i = 0; i < Math.min(into.length, more.length); i++) {
            into[i] += more[i];
        }
        return into;
    }

    /**
     * The {@code p}-th percentile (0 < p ≤ 1) of a histogram, as the upper bound of its bucket, or
     * null when no lead was contacted; beyond the last bound the answer is that bound.
     */
    public static @Nullable Long percentile(long[] counts, double p) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(p * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return (long) BOUNDS.get(Math.min(i, BOUNDS.size() - 1));
            }
        }
        return (long) BOUNDS.getLast();
    }
}
