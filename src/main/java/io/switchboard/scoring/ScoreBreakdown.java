package io.switchboard.scoring;

import io.switchboard.leads.LeadId;
import io.switchboard.leads.Temperature;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lead's score explained, as of {@code asOf} (decay computed on read): the score is the sum of the
 * components' effective points ({@code totalPoints}), rounded and held within 0..100.
 *
 * @param probability the organization's model's win probability, or null while it has no active model
 * @param factors the three features that raise the probability most and the three that lower it most
 */
public record ScoreBreakdown(
        LeadId leadId,
        int score,
        Temperature temperature,
        double totalPoints,
        List<ScoreComponent> components,
        @Nullable Double probability,
        Factors factors,
        Instant asOf) {

    public record Factors(List<Factor> positive, List<Factor> negative) {

        public static Factors none() {
            return new Factors(List.of(), List.of());
        }
    }
}
