package io.switchboard.scoring;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A rule to create; {@code active} defaults to true, {@code halfLifeDays} null means no decay. */
public record NewRule(
        String name,
        RuleCategory category,
        JsonNode criteria,
        int points,
        @Nullable String group,
        @Nullable Boolean active,
        @Nullable Integer halfLifeDays) {}
