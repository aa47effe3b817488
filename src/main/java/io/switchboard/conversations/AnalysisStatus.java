package io.switchboard.conversations;

import io.switchboard.shared.Codes;

/**
 * Where a call's analysis stands: waiting (a first try or a retry after a failure), being analysed,
 * done, or given up (with the reason on the transcript).
 */
public enum AnalysisStatus {
    PENDING,
    PROCESSING,
    COMPLETED,
    FAILED;

    public static AnalysisStatus fromCode(String code) {
        return Codes.parse(AnalysisStatus.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
