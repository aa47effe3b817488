package io.switchboard.conversations;

import org.jspecify.annotations.Nullable;

/**
 * One speaker turn of a transcript.
 *
 * @param speaker {@code agent}, {@code customer} or any free label (a name, "Caller", "AI")
 * @param start seconds from the start of the call, when known
 * @param end seconds from the start of the call, when known
 */
public record Segment(String speaker, @Nullable Double start, @Nullable Double end, String text) {

    public static Segment of(String speaker, String text) {
        return new Segment(speaker, null, null, text);
    }
}
