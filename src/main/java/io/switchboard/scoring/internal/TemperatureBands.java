package io.switchboard.scoring.internal;

import io.switchboard.leads.Temperature;

/**
 * Hot, warm and cold by score, with hysteresis: a lead rises into a band at its lower edge and
 * falls out of it only below that edge minus the hysteresis, so that a score moving by a point
 * around an edge does not flip the temperature back and forth.
 */
public record TemperatureBands(int hotMin, int warmMin, int hysteresis) {

    public static final TemperatureBands DEFAULT = new TemperatureBands(70, 40, 5);

    public TemperatureBands {
        if (warmMin < 0 || hotMin > 100 || warmMin >= hotMin || hysteresis < 0) {
            throw new IllegalArgumentException("bands need 0 <= warm_min < hot_min <= 100 and hysteresis >= 0");
        }
    }

    /** The band of a score on its own, without history. */
    public Temperature of(int score) {
        return score >= hotMin ? Temperature.HOT : score >= warmMin ? Temperature.WARM : Temperature.COLD;
    }

    /** The temperature after the score became {@code score}, coming from {@code current}. */
    public Temperature next(Temperature current, int score) {
        Temperature raw = of(score);
        if (rank(raw) >= rank(current)) {
            return raw;
        }
        // Falling: stay in each band down to its edge minus the hysteresis.
        Temperature band = current;
        while (band != Temperature.COLD && score < lowerEdge(band) - hysteresis) {
            band = below(band);
        }
        return band;
    }

    private int lowerEdge(Temperature band) {
        return band == Temperature.HOT ? hotMin : warmMin;
    }

    private static Temperature below(Temperature band) {
        return band == Temperature.HOT ? Temperature.WARM : Temperature.COLD;
    }

    private static int rank(Temperature t) {
        return switch (t) {
            case COLD -> 0;
            case WARM -> 1;
            case HOT -> 2;
        };
    }
}
