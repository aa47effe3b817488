package io.switchboard.campaigns;

import io.switchboard.telephony.CallActivity;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a running campaign stands: its members done and remaining, why it waits, and its calls
 * over time.
 *
 * @param done members the dialer is through with (contacted, transferred, converted, excluded or
 *     out of attempts)
 * @param remaining members pending or on a call
 * @param callsPerHour calls placed per hour since the campaign started
 * @param eta how long the remaining members take at that pace if each needs one more call (a
 *     lower bound); none while it does not dial or before ten calls give a pace
 * @param bucket the length of each bucket of {@code activity}
 */
public record CampaignProgress(
        int members,
        int done,
        int remaining,
        int answered,
        int converted,
        double callsPerHour,
        @Nullable Duration eta,
        List<WaitingReason> waiting,
        Duration bucket,
        List<CallActivity> activity)
        implements Progress {}
