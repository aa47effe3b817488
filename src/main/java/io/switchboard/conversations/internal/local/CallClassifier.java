package io.switchboard.conversations.internal.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads a call with the trained heads: qualification, sentiment, complaint and escalation, each
 * with the probabilities of its classes and the customer sentences that argued most for the label
 * it chose (each sentence scored alone by the same head).
 */
final class CallClassifier {

    static final String YES = "yes";
    private static final int MAX_EVIDENCE = 2;

    private CallClassifier() {}

    /** One head's answer. */
    record Label(String value, List<String> classes, double[] probabilities, List<Utterance> evidence) {

        double probability(String label) {
            int i = classes.indexOf(label);
            return i < 0 ? 0 : probabilities[i];
        }

        boolean is(String label) {
            return value.equals(label);
        }
    }

    record Reading(Label qualification, Label sentiment, Label complaint, Label escalation) {}

    static Reading read(CallFeatures features, ClassifierHeads heads) {
        return new Reading(
                label(features, heads.head("qualification")),
                label(features, heads.head("sentiment")),
                label(features, heads.head("complaint")),
                label(features, heads.head("escalation")));
    }

    private static Label label(CallFeatures features, LinearHead head) {
        double[] p = head.probabilities(features.call());
        int chosen = LinearHead.argmax(p);
        return new Label(head.classes().get(chosen), head.classes(), p, evidence(features, head, chosen));
    }

    /** The sentences that alone lean to the chosen class, strongest first; at least the strongest one. */
    private static List<Utterance> evidence(CallFeatures features, LinearHead head, int chosen) {
        List<float[]> sentences = features.sentences();
        double[] margins =
                sentences.stream().mapToDouble(x -> head.margin(x, chosen)).toArray();
        List<Integer> ranked = IntStream.range(0, margins.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> margins[i]).reversed())
                .toList();
        List<Utterance> evidence = new ArrayList<>();
        for (int i : ranked) {
            if (evidence.size() == MAX_EVIDENCE || (!evidence.isEmpty() && margins[i] <= 0)) {
                break;
            }
            evidence.add(features.customer().get(i));
        }
        return evidence;
    }
}
