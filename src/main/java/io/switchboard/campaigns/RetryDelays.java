package io.switchboard.campaigns;

import io.switchboard.shared.InvalidInput;

/** Minutes to wait before calling a lead again, by how the last call ended. */
public record RetryDelays(int noAnswer, int busy, int voicemail, int failed) {

    public static final RetryDelays DEFAULT = new RetryDelays(240, 60, 1440, 30);

    public RetryDelays {
        for (int minutes : new int[] {noAnswer, busy, voicemail, failed}) {
            if (minutes < 0 || minutes > 60 * 24 * 30) {
                throw new InvalidInput("retry_delays", "invalid_range", "each delay must be 0 to 43200 minutes");
            }
        }
    }
}
