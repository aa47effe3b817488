package io.switchboard.conversations;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an analyzer reads: the call's speaker turns in order, and its language (a BCP 47 tag such
 * as {@code en} or {@code es-MX}) when the caller knows it; otherwise the analyzer detects it.
 */
public record Transcript(List<Segment> segments, @Nullable String language) {

    /** Limits of a transcript sent to the API (a call transcript from telephony is trimmed to them). */
    public static final int MAX_SEGMENTS = 500;

    public static final int MAX_SEGMENT_CHARS = 4_000;
    public static final int MAX_TOTAL_CHARS = 60_000;
    public static final int MAX_SPEAKER_CHARS = 60;

    public Transcript {
        segments = List.copyOf(segments);
    }

    public int totalChars() {
        return segments.stream().mapToInt(s -> s.text().length()).sum();
    }
}
