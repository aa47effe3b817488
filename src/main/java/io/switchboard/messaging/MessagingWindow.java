package io.switchboard.messaging;

import io.switchboard.shared.InvalidInput;

/**
 * The part of the lead's local day in which messages may go out; quiet hours are the rest.
 *
 * @param startMinute minutes after local midnight, 0 to 1439
 * @param endMinute minutes after local midnight, after the start, up to 1440 (midnight)
 */
public record MessagingWindow(int startMinute, int endMinute) {

    public static final MessagingWindow DEFAULT = new MessagingWindow(8 * 60, 21 * 60);

    public MessagingWindow {
        if (startMinute < 0 || startMinute > 1439) {
            throw new InvalidInput("start_minute", "invalid_window", "must be between 0 and 1439");
        }
        if (endMinute <= startMinute || endMinute > 1440) {
            throw new InvalidInput("end_minute", "invalid_window", "must be after the start and at most 1440");
        }
    }
}
