package io.switchboard.campaigns;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One reason a campaign places no more calls right now, with its numbers.
 *
 * @param code {@code not_started}, {@code paused}, {@code starts_later}, {@code outside_schedule},
 *     {@code budget_reached}, {@code concurrency_limit}, {@code organization_limit}, {@code
 *     all_done}, {@code retry}, or the exclusion reason deferring members ({@code
 *     outside_calling_window}, {@code recently_contacted}, {@code no_agent_or_number}, …)
 * @param count the members it holds back, or the calls live for the concurrency limits
 * @param of the limit, for the concurrency limits
 * @param next when it passes, when known
 */
public record WaitingReason(String code, int count, int of, @Nullable Instant next) {

    static WaitingReason of(String code) {
        return new WaitingReason(code, 0, 0, null);
    }
}
