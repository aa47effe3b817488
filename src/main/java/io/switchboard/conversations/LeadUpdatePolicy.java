package io.switchboard.conversations;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadChanges;
import io.switchboard.leads.Temperature;
import java.util.Optional;

/**
 * How an analysed call moves its lead: the latest conversation decides the temperature (a lead that
 * is not qualified is cold) and the score (the call's total score, 0..100). A call without a
 * conversation (a voicemail greeting) changes nothing.
 */
public final class LeadUpdatePolicy {

    private LeadUpdatePolicy() {}

    public record Update(Temperature temperature, int score) {}

    public static Optional<Update> of(Analysis analysis) {
        if (analysis.callQualityScore() == null) {
            return Optional.empty();
        }
        int score = (int) Math.round(Math.max(0, Math.min(100, analysis.totalScore())));
        return Optional.of(new Update(temperature(analysis.qualification()), score));
    }

    public static Temperature temperature(Qualification qualification) {
        return switch (qualification) {
            case HOT -> Temperature.HOT;
            case WARM -> Temperature.WARM;
            case COLD, NOT_QUALIFIED -> Temperature.COLD;
        };
    }

    /** The changes to make to {@code lead}, or none when it already has this temperature and score. */
    public static Optional<LeadChanges> changes(Lead lead, Update update) {
        if (lead.temperature() == update.temperature() && lead.score() == update.score()) {
            return Optional.empty();
        }
        return Optional.of(LeadChanges.rating(
                lead.temperature() == update.temperature() ? null : update.temperature(),
                lead.score() == update.score() ? null : update.score()));
    }
}
