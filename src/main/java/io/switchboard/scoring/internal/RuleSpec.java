package io.switchboard.scoring.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An active rule as scoring applies it (one version of it). */
public record RuleSpec(
        UUID id,
        int version,
        String name,
        Criteria criteria,
        int points,
        @Nullable String group,
        @Nullable Integer halfLifeDays) {}
