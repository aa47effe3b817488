package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.internal.local.CallClassifier.Reading;
import io.switchboard.conversations.internal.local.QualificationPolicy.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Complaints and escalations, signals of their own beside the lead's grade: an angry customer is
 * not just a cold lead. Each is what its head reads or what the lexicon's cue finds (a rule, so
 * that the plain ones are never missed).
 */
record Issues(boolean complaint, boolean escalation, boolean stop) {

    private static final int MAX_STEPS = 5;

    static Issues of(Reading reading, Signals signals, Verdict verdict) {
        return new Issues(
                complaintRead(reading, signals) || signals.has(Cue.COMPLAINT),
                reading.escalation().is(CallClassifier.YES) || signals.has(Cue.ESCALATION),
                verdict.is(QualificationPolicy.Reason.DO_NOT_CALL));
    }

    /**
     * A request to stop calling is a signal of its own: when the only sentences the complaint head
     * leaned on are stop requests, the customer asked to stop, they did not complain.
     */
    private static boolean complaintRead(Reading reading, Signals signals) {
        if (!reading.complaint().is(CallClassifier.YES)) {
            return false;
        }
        List<Utterance> stops =
                signals.of(Cue.DO_NOT_CALL).stream().map(Signals.Hit::utterance).toList();
        return !stops.containsAll(reading.complaint().evidence());
    }

    /** What the issues call for, before the steps the grade calls for. */
    List<String> nextSteps(List<String> steps) {
        Set<String> all = new LinkedHashSet<>();
        if (escalation) {
            all.add("Escalate to a supervisor today: the customer asked for one.");
        }
        if (complaint) {
            all.add(
                    stop
                            ? "Log the complaint; make no further sales contact."
                            : "Acknowledge the complaint and fix its cause before any further sales contact.");
        }
        all.addAll(steps);
        return new ArrayList<>(all).subList(0, Math.min(MAX_STEPS, all.size()));
    }

    /** A supervisor must call back even when the lead is lost, unless the customer asked for no calls. */
    boolean followUpRequired(boolean forTheLead) {
        return forTheLead || (escalation && !stop);
    }

    String headline() {
        if (complaint && escalation) {
            return "Complaint; asked for a supervisor. ";
        }
        if (complaint) {
            return "Complaint. ";
        }
        return escalation ? "Asked for a supervisor. " : "";
    }
}
