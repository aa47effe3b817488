package io.switchboard.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recomputation of the figures of {@code from}..{@code to} from the raw leads and calls.
 *
 * @param status running or completed
 * @param phase leads, calls, rollup (the steps in order), then done
 * @param leadsRead leads read so far, callsRead calls read so far
 */
public record Rebuild(
        UUID id,
        String status,
        LocalDate from,
        LocalDate to,
        String phase,
        int leadsRead,
        int callsRead,
        Instant startedAt,
        @Nullable Instant finishedAt) {}
