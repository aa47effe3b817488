package io.switchboard.campaigns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A refusal recorded for a campaign member: the gate's main reason and every reason; {@code
 * deferred} when it passes with time (then {@code nextAllowedAt} says when), else {@code excluded}.
 */
public record Exclusion(
        UUID id,
        UUID leadId,
        String reason,
        List<String> reasons,
        String outcome,
        @Nullable Instant nextAllowedAt,
        Instant recordedAt) {}
