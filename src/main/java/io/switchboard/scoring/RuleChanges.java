package io.switchboard.scoring;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A partial update (merge-patch): {@code null} leaves a field, an empty {@link Optional} clears it. */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record RuleChanges(
        @Nullable Optional<String> name,
        @Nullable Optional<RuleCategory> category,
        @Nullable Optional<JsonNode> criteria,
        @Nullable Optional<Integer> points,
        @Nullable Optional<String> group,
        @Nullable Optional<Boolean> active,
        @Nullable Optional<Integer> halfLifeDays) {}
