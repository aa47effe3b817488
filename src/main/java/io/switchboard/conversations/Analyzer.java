package io.switchboard.conversations;

/**
 * Reads a transcript into an {@link Analysis}. Implementations are thread-safe and keep no state
 * between calls; nothing is stored.
 */
public interface Analyzer {

    AnalyzerKind kind();

    /**
     * @throws AnalysisFailed when no analysis could be produced (endpoint down, timed out, answered
     *     nonsense); {@link AnalysisFailed#retryable()} tells whether trying later may help
     */
    Analysis analyze(Transcript transcript, AnalysisRules rules);
}
