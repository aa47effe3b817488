package io.switchboard.scoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One part of a lead's score: a rule that applies, or the base (the latest analysed call, or a
 * score set by hand).
 *
 * @param kind {@code rule}, {@code analysis} or {@code manual}
 * @param points what the rule gives (its version's points), or the base's points
 * @param effectivePoints what it adds now: decayed by its half-life and scaled to its group's cap
 * @param since when it started to apply
 */
public record ScoreComponent(
        String kind,
        @Nullable RuleId ruleId,
        String ruleName,
        @Nullable Integer ruleVersion,
        @Nullable String group,
        int points,
        double effectivePoints,
        String reason,
        Instant since) {}
