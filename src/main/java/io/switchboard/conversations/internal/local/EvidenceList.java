package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.Evidence;
import io.switchboard.conversations.internal.local.CallClassifier.Label;
import io.switchboard.conversations.internal.local.CallClassifier.Reading;
import io.switchboard.conversations.internal.local.QualificationPolicy.NotQualified;
import io.switchboard.conversations.internal.local.QualificationPolicy.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The customer sentences behind each label: the cue a rule fired on where a rule decided, else the
 * sentences the head leaned on.
 */
final class EvidenceList {

    private EvidenceList() {}

    static List<Evidence> of(Reading reading, Signals signals, Verdict verdict, boolean voicemail) {
        Set<Evidence> evidence = new LinkedHashSet<>();
        Cue rule = verdict instanceof NotQualified n ? ruleCue(n.reason()) : null;
        if (rule != null && signals.has(rule)) {
            add(evidence, rule.code(), hits(signals, rule));
        } else {
            Label q = reading.qualification();
            add(evidence, "qualification:" + q.value(), q.evidence());
        }
        if (!voicemail) {
            Label s = reading.sentiment();
            add(evidence, "sentiment:" + s.value(), s.evidence());
        }
        if (signals.has(Cue.COMPLAINT)) {
            add(evidence, "complaint", hits(signals, Cue.COMPLAINT));
        } else if (reading.complaint().is(CallClassifier.YES)) {
            add(evidence, "complaint", reading.complaint().evidence());
        }
        if (signals.has(Cue.ESCALATION)) {
            add(evidence, "escalation", hits(signals, Cue.ESCALATION));
        } else if (reading.escalation().is(CallClassifier.YES)) {
            add(evidence, "escalation", reading.escalation().evidence());
        }
        return List.copyOf(evidence);
    }

    private static @Nullable Cue ruleCue(QualificationPolicy.Reason reason) {
        return switch (reason) {
            case VOICEMAIL -> Cue.VOICEMAIL;
            case WRONG_NUMBER -> Cue.WRONG_NUMBER;
            case DO_NOT_CALL -> Cue.DO_NOT_CALL;
            case NO_CONVERSATION, DECLINED -> null;
        };
    }

    private static List<Utterance> hits(Signals signals, Cue cue) {
        List<Utterance> sentences = new ArrayList<>();
        for (Signals.Hit hit : signals.of(cue)) {
            if (!sentences.contains(hit.utterance())) {
                sentences.add(hit.utterance());
            }
        }
        return sentences.subList(0, Math.min(2, sentences.size()));
    }

    private static void add(Set<Evidence> evidence, String label, List<Utterance> sentences) {
        for (Utterance u : sentences) {
            evidence.add(new Evidence(label, u.turn(), CueDetector.quote(u.raw())));
        }
    }
}
