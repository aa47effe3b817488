package io.switchboard.scoring;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A bulk rescoring of every lead (or of one import's leads): {@code processed} of {@code total}
 * leads so far, {@code changed} of them got another score.
 *
 * @param status running, completed, or superseded (a newer recompute took over)
 * @param percent done in percent (one whose total grew while it ran still ends at 100)
 */
public record Recompute(
        UUID id,
        String status,
        String reason,
        int total,
        int processed,
        int changed,
        int percent,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    public static int percent(String status, int total, int processed) {
        if ("completed".equals(status)) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, processed * 100L / total);
    }
}
