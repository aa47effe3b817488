package io.switchboard.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a campaign is not calling more, read the way the dialer decides a round: its status, its
 * schedule, its budget, the concurrency limits, then the members deferred (by their exclusion
 * reason or a retry). Several reasons can hold at once; none while it dials at full speed.
 */
final class WaitingPolicy {

    /**
     * What the dialer would look at now.
     *
     * @param affordable calls the budget still pays for
     * @param open members pending or calling
     * @param deferred pending members not due yet, by reason
     */
    record Snapshot(
            CampaignStatus status,
            CampaignSchedule schedule,
            Instant now,
            int inFlight,
            int maxConcurrent,
            int organizationInFlight,
            int organizationMax,
            int affordable,
            int open,
            List<WaitingReason> deferred) {}

    private WaitingPolicy() {}

    static List<WaitingReason> of(Snapshot s) {
        if (s.status() == CampaignStatus.COMPLETED || s.status() == CampaignStatus.CANCELED) {
            return List.of(); // the completion reason says it
        }
        List<WaitingReason> reasons = new ArrayList<>();
        status(s).ifPresent(reasons::add);
        if (s.affordable() <= 0) {
            reasons.add(WaitingReason.of("budget_reached"));
        }
        if (s.inFlight() >= s.maxConcurrent()) {
            reasons.add(new WaitingReason("concurrency_limit", s.inFlight(), s.maxConcurrent(), null));
        } else if (s.organizationInFlight() >= s.organizationMax()) {
            reasons.add(new WaitingReason("organization_limit", s.organizationInFlight(), s.organizationMax(), null));
        }
        reasons.addAll(s.deferred());
        if (s.open() == 0) {
            reasons.add(WaitingReason.of("all_done"));
        }
        return reasons;
    }

    /** Not started, paused, not yet at its start date, or outside its days and hours. */
    private static Optional<WaitingReason> status(Snapshot s) {
        CampaignSchedule schedule = s.schedule();
        LocalDate start = schedule.startDate();
        if (s.status() == CampaignStatus.DRAFT) {
            return Optional.of(WaitingReason.of("not_started"));
        } else if (s.status() == CampaignStatus.PAUSED) {
            return Optional.of(WaitingReason.of("paused"));
        } else if (start != null && schedule.startsLater(s.now())) {
            Instant opens =
                    start.atTime(schedule.windowStart()).atZone(schedule.zone()).toInstant();
            return Optional.of(new WaitingReason("starts_later", 0, 0, opens));
        } else if (!schedule.openAt(s.now())) {
            return Optional.of(new WaitingReason("outside_schedule", 0, 0, schedule.nextOpening(s.now())));
        }
        return Optional.empty();
    }
}
