package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.Objection;
import io.switchboard.conversations.ObjectionKind;
import io.switchboard.conversations.Qualification;
import io.switchboard.conversations.internal.local.CallbackDetector.Callback;
import io.switchboard.conversations.internal.local.QualificationPolicy.NotQualified;
import io.switchboard.conversations.internal.local.QualificationPolicy.Reason;
import io.switchboard.conversations.internal.local.QualificationPolicy.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What to do after the call: what the outcome calls for, the call back the customer asked for, what
 * the agent promised (quoted), and an answer to each objection. A follow-up is required when there
 * is a lead to work or a promise or call back to keep, never after a do-not-call request, a wrong
 * number or a refusal.
 */
final class NextSteps {

    private static final int MAX_STEPS = 5;
    private static final int MAX_PROMISES = 2;

    private NextSteps() {}

    static List<String> of(Verdict verdict, Signals signals, Callback callback) {
        if (verdict instanceof NotQualified notQualified && !verdict.is(Reason.VOICEMAIL)) {
            return List.of(closing(notQualified.reason()));
        }
        Set<String> steps = new LinkedHashSet<>();
        if (callback.requested()) {
            steps.add(
                    callback.time() == null
                            ? "Call back at a time that suits the customer."
                            : "Call back " + callback.time() + ", as the customer asked.");
        }
        signals.of(Cue.PROMISE).stream()
                .map(hit -> hit.utterance().raw())
                .distinct()
                .limit(MAX_PROMISES)
                .forEach(promise -> steps.add("Keep the promise: \"" + CueDetector.quote(promise) + "\""));
        for (Objection objection : signals.objections()) {
            steps.add(answer(objection.kind()));
        }
        steps.add(
                verdict instanceof NotQualified ? "Call again at another time of day." : step(verdict.qualification()));
        return new ArrayList<>(steps).subList(0, Math.min(MAX_STEPS, steps.size()));
    }

    static boolean followUpRequired(Verdict verdict, Signals signals, Callback callback) {
        if (verdict instanceof NotQualified) {
            return verdict.is(Reason.VOICEMAIL);
        }
        return verdict.qualification() != Qualification.COLD || callback.requested() || signals.has(Cue.PROMISE);
    }

    private static String closing(Reason reason) {
        return switch (reason) {
            case DO_NOT_CALL -> "Add the number to the do-not-call list and stop all outreach.";
            case WRONG_NUMBER -> "Mark the number as wrong and look for the right contact.";
            case NO_CONVERSATION -> "Check the recording: the customer said nothing.";
            case DECLINED -> "Close the lead as not interested.";
            case VOICEMAIL -> "Call again at another time of day.";
        };
    }

    private static String step(Qualification qualification) {
        return switch (qualification) {
            case HOT -> "Book the next meeting within 24 hours.";
            case WARM -> "Follow up within three days with what the customer asked for.";
            case COLD, NOT_QUALIFIED -> "Add to a nurture sequence and check in later.";
        };
    }

    private static String answer(ObjectionKind kind) {
        return switch (kind) {
            case PRICE -> "Answer the price concern: options, financing, value.";
            case TIMING -> "Agree on a better time and follow up then.";
            case AUTHORITY -> "Bring the other decision maker into the next conversation.";
            case NEED -> "Show how the offer meets a need the customer has.";
            case TRUST -> "Send credentials and references to build trust.";
            case COMPETITOR -> "Prepare a comparison with the alternative the customer mentioned.";
        };
    }
}
