package io.switchboard.leads;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * A staged row: valid, invalid or duplicate, with the reason and the cleaned values; a
     * duplicate of a lead already in Switchboard names that lead.
     */
    public record PreviewRow(
            int line,
            String outcome,
            @Nullable String reason,
            @Nullable String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String company,
            @Nullable String timezone,
            @Nullable LeadId duplicateOf) {}

    /** A row that was not imported, as it was in the file (one value per header), and why. */
    public record SkippedRow(int line, String reason, List<String> values, @Nullable LeadId duplicateOf) {}

    private static final Pattern LEAD_IN_REASON = Pattern.compile(
            "duplicate of (?:existing )?lead ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    /** The lead a duplicate's reason names ("duplicate of existing lead …"), if it names one. */
    public static @Nullable LeadId duplicateOf(@Nullable String reason) {
        if (reason == null) {
            return null;
        }
        Matcher lead = LEAD_IN_REASON.matcher(reason);
        return lead.find() ? LeadId.of(UUID.fromString(lead.group(1))) : null;
    }
}
