package io.switchboard.conversations.internal.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The call's key topics from the lexicon's topic sections: each mention counts, the customer's
 * twice; a topic needs two points to count (one agent mention is not a topic). At most five, most
 * mentioned first.
 */
final class TopicExtractor {

    private static final int MAX_TOPICS = 5;

    private TopicExtractor() {}

    static List<String> topics(Conversation conversation, Lexicon lexicon) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Map.Entry<String, PhraseSet> topic : lexicon.topics().entrySet()) {
            int score = 0;
            for (Utterance utterance : conversation.utterances()) {
                score += topic.getValue().find(utterance).size() * (utterance.isCustomer() ? 2 : 1);
            }
            if (score >= 2) {
                scores.put(topic.getKey(), score);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        return ranked.stream().limit(MAX_TOPICS).map(Map.Entry::getKey).toList();
    }
}
