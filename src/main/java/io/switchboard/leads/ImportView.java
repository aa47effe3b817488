package io.switchboard.leads;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An import as the API shows it: status, counts, progress, and the first rows as staged. */
public record ImportView(
        ImportId id,
        ImportStatus status,
        String fileName,
        Counts counts,
        Progress progress,
        List<String> headers,
        Map<String, String> mapping,
        String delimiter,
        @Nullable String error,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        List<PreviewRow> preview) {

    public record Counts(int rows, int imported, int duplicates, int invalid) {}

    public record Progress(int processed, int total, int percent) {}

    /** A staged row: valid, invalid or duplicate, with the reason and the cleaned values. */
    public record PreviewRow(
            int line,
            String outcome,
            @Nullable String reason,
            @Nullable String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String company,
            @Nullable String timezone) {}
}
