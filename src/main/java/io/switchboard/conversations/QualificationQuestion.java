package io.switchboard.conversations;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question the organization wants answered on every call ("Are you pre-approved for a
 * mortgage?"). A customer sentence answers it when it contains one of the {@code keywords} (phrases;
 * {@code *} stands for up to three words; the last word also matches longer forms, "bedroom" finds
 * "bedrooms") or matches the {@code pattern} (a regular expression,
 * case-insensitive; its first group, if any, is the answer). When only the agent's turn mentions
 * the keywords, the customer's next turn is taken as the answer.
 */
public record QualificationQuestion(String key, String question, List<String> keywords, @Nullable String pattern) {

    public QualificationQuestion {
        keywords = List.copyOf(keywords);
    }
}
