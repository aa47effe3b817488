package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitingPolicyTest {

    // Tuesday 8 December 2026, 15:00 UTC.
    private static final Instant NOW = Instant.parse("2026-12-08T15:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-08T19:00:00Z");
    private static final CampaignSchedule ALWAYS = CampaignSchedule.always();

    private static WaitingPolicy.Snapshot running(
            CampaignSchedule schedule, int inFlight, int affordable, int open, List<WaitingReason> deferred) {
        return new WaitingPolicy.Snapshot(
                CampaignStatus.ACTIVE, schedule, NOW, inFlight, 3, inFlight, 500, affordable, open, deferred);
    }

    private static List<String> codes(WaitingPolicy.Snapshot snapshot) {
        return WaitingPolicy.of(snapshot).stream().map(WaitingReason::code).toList();
    }

    @Test
    void aCampaignDiallingAtFullSpeedWaitsForNothing() {
        assertThat(WaitingPolicy.of(running(ALWAYS, 1, Integer.MAX_VALUE, 10, List.of())))
                .isEmpty();
    }

    @Test
    void everyReasonThatHoldsIsListedWithItsNumbers() {
        var window = new WaitingReason("outside_calling_window", 22, 0, LATER);
        var recent = new WaitingReason("recently_contacted", 8, 0, LATER);
        List<WaitingReason> reasons = WaitingPolicy.of(running(ALWAYS, 3, 0, 30, List.of(window, recent)));

        assertThat(reasons)
                .containsExactly(
                        new WaitingReason("budget_reached", 0, 0, null),
                        new WaitingReason("concurrency_limit", 3, 3, null),
                        window,
                        recent);
    }

    @Test
    void outsideItsScheduleItSaysWhenItOpens() {
        var nineToFive = new CampaignSchedule(
                null, null, CampaignSchedule.EVERY_DAY, LocalTime.of(16, 0), LocalTime.of(17, 0), "UTC");
        assertThat(WaitingPolicy.of(running(nineToFive, 0, 5, 4, List.of())))
                .containsExactly(new WaitingReason("outside_schedule", 0, 0, Instant.parse("2026-12-08T16:00:00Z")));
    }

    @Test
    void theStatusComesFirstAndAFinishedCampaignWaitsForNothing() {
        var paused = new WaitingPolicy.Snapshot(CampaignStatus.PAUSED, ALWAYS, NOW, 0, 3, 0, 500, 10, 4, List.of());
        assertThat(codes(paused)).containsExactly("paused");
        var done = new WaitingPolicy.Snapshot(CampaignStatus.COMPLETED, ALWAYS, NOW, 0, 3, 0, 500, 10, 0, List.of());
        assertThat(codes(done)).isEmpty();
        assertThat(codes(running(ALWAYS, 0, 10, 0, List.of()))).containsExactly("all_done");
    }

    @Test
    void theOrganizationsLimitCountsWhenTheCampaignsOwnIsNotReached() {
        var snapshot = new WaitingPolicy.Snapshot(CampaignStatus.ACTIVE, ALWAYS, NOW, 1, 3, 500, 500, 10, 4, List.of());
        assertThat(WaitingPolicy.of(snapshot)).containsExactly(new WaitingReason("organization_limit", 500, 500, null));
    }
}
