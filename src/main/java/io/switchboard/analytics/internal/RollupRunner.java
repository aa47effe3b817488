package io.switchboard.analytics.internal;

import io.switchboard.analytics.AnalyticsTopics;
import io.switchboard.notifications.RealtimeHub;
import io.switchboard.shared.TenantContext;
import io.switchboard.tenancy.Team;
import io.switchboard.tenancy.TeamManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Rolls the organization's stale days up, a bounded batch per run, until none is left. */
@Component
class RollupRunner {

    /** About a quarter of a year per run: a rebuild of a long range commits in steps. */
    static final int DAYS_PER_RUN = 92;

    private final FactStore facts;
    private final RollupStore rollups;
    private final TeamManagement teams;
    private final Clock clock;
    private final RealtimeHub hub;
    private final Spending spending;

    RollupRunner(
            FactStore facts,
            RollupStore rollups,
            TeamManagement teams,
            Clock clock,
            RealtimeHub hub,
            Spending spending) {
        this.facts = facts;
        this.spending = spending;
        this.rollups = rollups;
        this.teams = teams;
        this.clock = clock;
        this.hub = hub;
    }

    /**
     * One batch of stale days; then again soon while days are left or this run did work (an event that
     * committed while it ran is seen by the next one), done after a run that found nothing.
     */
    @Nullable
    Instant step() {
        List<FactStore.Stale> stale = facts.stale(DAYS_PER_RUN);
        if (stale.isEmpty()) {
            return null;
        }
        List<LocalDate> days =
                stale.stream().map(FactStore.Stale::day).distinct().toList();
        rollUp(days);
        facts.rolledUp(stale);
        // Open dashboards refresh the tiles of these days (after commit: they read what was written).
        hub.publish(
                TenantContext.require().value(),
                AnalyticsTopics.TOPIC,
                "analytics.rolled_up",
                Map.of("days", days.stream().map(LocalDate::toString).toList()));
        return clock.instant().plus(FactRecorder.GATHER);
    }

    /** Every stale day now, batch by batch (a rebuild's last step). */
    void rollUpAllStale() {
        Map<UUID, List<UUID>> teamsOf = teamsOfPeople();
        for (var stale = facts.stale(DAYS_PER_RUN); !stale.isEmpty(); stale = facts.stale(DAYS_PER_RUN)) {
            List<LocalDate> days = stale.stream().map(FactStore.Stale::day).toList();
            rollups.rollUp(days, teamsOf, spending.of(days));
            facts.rolledUp(stale);
        }
    }

    void rollUp(Collection<LocalDate> days) {
        rollups.rollUp(days, teamsOfPeople(), spending.of(days));
    }

    /** Each person's teams now (a person may belong to several). */
    Map<UUID, List<UUID>> teamsOfPeople() {
        Map<UUID, List<UUID>> teamsOf = new HashMap<>();
        String cursor = null;
        do {
            var page = teams.list(null, null, null, cursor, 200);
            for (Team team : page.data()) {
                for (UUID member : teams.members(team.id())) {
                    teamsOf.computeIfAbsent(member, m -> new ArrayList<>())
                            .add(team.id().value());
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return teamsOf;
    }
}
