package io.switchboard.audit.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry as a person reads it: "Alex Admin changed Status of Hannah Schultz from new →
 * converted", in parts that may link to what they name, and each changed field for the details.
 */
record AuditSentence(List<Part> parts, List<Change> changes) {

    /** A piece of the sentence; with {@code href}, a link to the person or record it names. */
    record Part(String text, @Nullable String href) {

        static Part text(String text) {
            return new Part(text, null);
        }
    }

    /** One field: its human name, and its value before and after (null: not there). */
    record Change(String field, @Nullable String before, @Nullable String after) {}

    /** The sentence as plain text (for the API's {@code summary} and for tests). */
    String text() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }
}
