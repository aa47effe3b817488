package io.switchboard.compliance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The report of a CSV import into the do-not-call list. Every data row is counted exactly once:
 * {@code rows = added + duplicates + invalid}, and each duplicate and invalid row is listed in
 * {@code problems} with its line number.
 */
public record DncImport(
        DncImportId id,
        String fileName,
        int rows,
        int added,
        int duplicates,
        int invalid,
        List<Problem> problems,
        @Nullable UUID createdBy,
        Instant createdAt) {

    /**
     * A row that added nothing.
     *
     * @param line the line of the file where the row starts (the header is line 1)
     * @param value the phone number as written in the file
     * @param outcome {@code duplicate} (listed already, or earlier in the file) or {@code invalid}
     */
    public record Problem(int line, String value, String outcome, String reason) {

        public static Problem invalid(int line, String value, String reason) {
            return new Problem(line, value, "invalid", reason);
        }

        public static Problem duplicate(int line, String value, String reason) {
            return new Problem(line, value, "duplicate", reason);
        }
    }
}
