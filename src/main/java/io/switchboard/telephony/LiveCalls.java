package io.switchboard.telephony;

import io.switchboard.telephony.internal.LiveCallControl;
import io.switchboard.telephony.provider.TransferTarget;
import org.springframework.stereotype.Service;

/**
 * Moving the line of a call in progress: a transfer to a person, a hold while the caller waits in
 * a routing queue, and the bridge to the agent who accepted it. The provider is asked outside any
 * transaction; what was done is recorded on the call's events.
 */
@Service
public class LiveCalls {

    /** What became of a hold or a bridge. */
    public sealed interface Outcome {

        /** The provider took the request. */
        record Done() implements Outcome {}

        /** The call had ended: the caller hung up first. */
        record Ended() implements Outcome {}

        /** The provider could not be reached, certainly before it got the request: ask again later. */
        record Unreachable(String reason) implements Outcome {}

        /** The provider refused, or the call cannot be moved; asking again would not help. */
        record Refused(String code, String reason) implements Outcome {}
    }

    private final LiveCallControl control;

    LiveCalls(LiveCallControl control) {
        this.control = control;
    }

    /**
     * Hands a call in progress to a human: the provider moves the line, and the transfer is
     * recorded on the call and on its lead. A transfer to a queue ({@code queue:<id>}) is only
     * recorded: routing then holds the caller and bridges them to the agent who takes the work.
     */
    public Call transfer(CallId id, TransferTarget target) {
        return control.transfer(id, target);
    }

    /** Holds the caller while their call waits in a queue: {@code message}, then hold music. */
    public Outcome hold(CallId id, String message) {
        return control.hold(id, message);
    }

    /**
     * Bridges the caller to a person's phone (a warm transfer saying {@code reason}). The number is
     * not recorded on the call's events; the reason is. Anything but {@link Outcome.Unreachable} is
     * final: the provider may have dialled.
     */
    public Outcome bridge(CallId id, String phone, String reason) {
        return control.bridge(id, new TransferTarget(TransferType.WARM, phone, reason, null));
    }
}
