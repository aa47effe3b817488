package io.switchboard.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One change of a lead's score: from {@code previous} to {@code new}, and why. Replaying a lead's
 * changes from 0 gives its score.
 *
 * @param ruleId the rule whose change alone caused it, if one did
 */
public record ScoreChange(
        UUID id,
        int previous,
        @JsonProperty("new") int next,
        int change,
        String reason,
        @Nullable RuleId ruleId,
        @Nullable Integer ruleVersion,
        Instant at) {}
