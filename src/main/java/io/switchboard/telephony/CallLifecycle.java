package io.switchboard.telephony;

/**
 * The rule every status report goes through: a call moves forward only. A report of a later stage
 * advances the call; a report of the stage it is in, or of an earlier one (a "ringing" delivered
 * after "completed"), changes nothing. The first terminal status is final.
 */
public final class CallLifecycle {

    private CallLifecycle() {}

    public sealed interface Transition {}

    /** The call moves to the reported status. */
    public record Advance(CallStatus from, CallStatus to) implements Transition {}

    /** The call is already there. */
    public record Unchanged(CallStatus status) implements Transition {}

    /** The report is older than what the call already went through. */
    public record Stale(CallStatus current, CallStatus reported) implements Transition {}

    public static Transition next(CallStatus current, CallStatus reported) {
        if (current == reported) {
            return new Unchanged(current);
        }
        if (current.isTerminal() || reported.rank() <= current.rank()) {
            return new Stale(current, reported);
        }
        return new Advance(current, reported);
    }
}
