package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.ExtractionField;
import io.switchboard.conversations.QualificationQuestion;
import io.switchboard.conversations.QuestionAnswer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Applies an organization's qualification questions and extraction fields. An answer is the
 * customer sentence matching the pattern (its first group when it has one) or holding a keyword;
 * failing that, when the agent's words hold a keyword (the agent asked), the customer's next turn.
 * A keyword's last word also matches longer forms ("bedroom" finds "bedrooms").
 */
final class CustomRules {

    private static final int MAX_ANSWER = 300;

    private CustomRules() {}

    static List<QuestionAnswer> answers(Conversation conversation, List<QualificationQuestion> questions) {
        return questions.stream()
                .map(q -> new QuestionAnswer(q.key(), q.question(), answer(conversation, q.keywords(), q.pattern())))
                .toList();
    }

    static Map<String, @Nullable String> fields(
            Conversation conversation, List<ExtractionField> fields, @Nullable Lexicon lexicon) {
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        for (ExtractionField field : fields) {
            String answer = answer(conversation, field.keywords(), field.pattern());
            values.put(field.key(), answer == null ? null : FieldValues.read(field.type(), answer, lexicon));
        }
        return values;
    }

    static @Nullable String answer(Conversation conversation, List<String> keywords, @Nullable String pattern) {
        PhraseSet phrases = PhraseSet.of(
                keywords.stream().map(k -> k.endsWith("*") ? k : k + "*").toList());
        Pattern regex = pattern == null ? null : SafeRegex.compile(pattern);
        List<Utterance> customer = conversation.customer();
        for (Utterance utterance : customer) {
            if (regex != null) {
                Optional<MatchResult> match = SafeRegex.find(regex, utterance.raw());
                if (match.isPresent()) {
                    return clip(
                            match.get().groupCount() > 0 && match.get().group(1) != null
                                    ? match.get().group(1)
                                    : utterance.raw());
                }
            }
            if (!phrases.isEmpty() && !phrases.find(utterance).isEmpty()) {
                return clip(utterance.raw());
            }
        }
        if (phrases.isEmpty()) {
            return null;
        }
        return conversation.agent().stream()
                .filter(a -> !phrases.find(a).isEmpty())
                .map(a -> nextCustomerTurn(customer, a.turn()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static @Nullable String nextCustomerTurn(List<Utterance> customer, int afterTurn) {
        int turn = customer.stream()
                .mapToInt(Utterance::turn)
                .filter(t -> t > afterTurn)
                .findFirst()
                .orElse(-1);
        if (turn < 0) {
            return null;
        }
        return clip(customer.stream()
                .filter(u -> u.turn() == turn)
                .map(Utterance::raw)
                .collect(Collectors.joining(" ")));
    }

    private static String clip(String text) {
        return text.length() <= MAX_ANSWER
                ? text.strip()
                : text.substring(0, MAX_ANSWER).strip() + "…";
    }
}
