package io.switchboard.conversations;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Which analyzer produced an analysis and what it cost.
 *
 * @param version the local analyzer's rule version, or the model that answered
 * @param costUsd tokens priced with the organization's per-million-token prices (zero when local)
 */
public record AnalyzerRun(
        AnalyzerKind name,
        String version,
        @Nullable String model,
        long promptTokens,
        long completionTokens,
        BigDecimal costUsd) {

    public static AnalyzerRun local(String version) {
        return new AnalyzerRun(AnalyzerKind.LOCAL, version, null, 0, 0, BigDecimal.ZERO);
    }
}
