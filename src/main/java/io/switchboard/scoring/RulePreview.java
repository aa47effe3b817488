package io.switchboard.scoring;

import java.util.List;

/**
 * What a rule (new or changed) would do now: how many leads it matches and how their scores would
 * move. Counted over every lead, or over a random sample of {@code sampled} of {@code leads} when
 * there are more ({@code estimated}: the counts are then scaled up).
 */
public record RulePreview(
        int matching,
        int leads,
        int sampled,
        boolean estimated,
        int rising,
        int falling,
        double averageChange,
        List<Example> examples) {

    /** A lead whose score would change, by name. */
    public record Example(String leadId, String name, int from, int to) {}
}
