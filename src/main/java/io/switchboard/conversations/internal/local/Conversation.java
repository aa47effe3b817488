package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A transcript cut into sentences, each knowing its turn and its speaker's side. */
record Conversation(List<Utterance> utterances) {

    Conversation {
        utterances = List.copyOf(utterances);
    }

    static Conversation of(List<Segment> segments, Map<String, SpeakerRole> roles) {
        List<Utterance> utterances = new ArrayList<>();
        for (int turn = 0; turn < segments.size(); turn++) {
            Segment segment = segments.get(turn);
            SpeakerRole role = roles.getOrDefault(SpeakerRoles.key(segment.speaker()), SpeakerRole.CUSTOMER);
            for (String sentence : TextNormalizer.sentences(segment.text())) {
                utterances.add(Utterance.of(turn, role, sentence));
            }
        }
        return new Conversation(utterances);
    }

    List<Utterance> customer() {
        return utterances.stream().filter(Utterance::isCustomer).toList();
    }

    List<Utterance> agent() {
        return utterances.stream().filter(u -> !u.isCustomer()).toList();
    }

    int customerTurns() {
        return (int) customer().stream().mapToInt(Utterance::turn).distinct().count();
    }

    int customerWords() {
        return customer().stream().mapToInt(Utterance::wordCount).sum();
    }

    int agentWords() {
        return agent().stream().mapToInt(Utterance::wordCount).sum();
    }
}
