package io.switchboard.scoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A scoring rule: while a lead matches {@code criteria} it gets {@code points} (decaying by half
 * every {@code halfLifeDays}, when set), within its group's cap.
 *
 * @param description the criteria in words
 * @param version one more with each change of what the rule scores
 */
public record ScoringRule(
        RuleId id,
        String name,
        RuleCategory category,
        JsonNode criteria,
        String description,
        int points,
        @Nullable String group,
        boolean active,
        @Nullable Integer halfLifeDays,
        int version,
        Instant createdAt,
        Instant updatedAt) {}
