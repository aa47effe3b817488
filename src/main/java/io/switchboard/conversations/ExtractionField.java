package io.switchboard.conversations;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A value the organization wants pulled out of calls (budget, bedrooms, move-in date). Found like a
 * {@link QualificationQuestion}'s answer, then read as its {@code type}: the first amount, number
 * or date in that answer, or the whole sentence for {@code text}. A {@code pattern} with a group
 * gives the value directly.
 */
public record ExtractionField(
        String key, String label, FieldType type, List<String> keywords, @Nullable String pattern) {

    public ExtractionField {
        keywords = List.copyOf(keywords);
    }
}
