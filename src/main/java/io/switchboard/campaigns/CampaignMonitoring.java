package io.switchboard.campaigns;

import io.switchboard.campaigns.internal.Budget;
import io.switchboard.campaigns.internal.Campaigns;
import io.switchboard.campaigns.internal.Members;
import io.switchboard.campaigns.internal.Waits;
import io.switchboard.shared.NotFound;
import io.switchboard.telephony.CallActivity;
import io.switchboard.telephony.CampaignCalls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a campaign's monitor shows beyond the counters: progress, why it waits, calls over time. */
@Service
public class CampaignMonitoring {

    private static final Set<String> OPEN = Set.of(MemberStatus.PENDING.toString(), MemberStatus.CALLING.toString());
    private static final Duration FINE = Duration.ofMinutes(5);
    private static final Duration COARSE = Duration.ofHours(1);
    private static final int BUCKETS = 24;
    private static final int CALLS_FOR_A_PACE = 10;

    private final Campaigns campaigns;
    private final Members members;
    private final Waits waits;
    private final Budget budget;
    private final CampaignCalls calls;
    private final CampaignsProperties properties;
    private final Clock clock;

    CampaignMonitoring(
            Campaigns campaigns,
            Members members,
            Waits waits,
            Budget budget,
            CampaignCalls calls,
            CampaignsProperties properties,
            Clock clock) {
        this.campaigns = campaigns;
        this.members = members;
        this.waits = waits;
        this.budget = budget;
        this.calls = calls;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CampaignProgress progress(CampaignId id) {
        Campaign c = campaigns.campaign(id).orElseThrow(() -> new NotFound("campaign", id));
        Instant now = clock.instant();
        Map<String, Integer> byStatus = members.countByStatus(id.value());
        int all = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        int open = OPEN.stream().mapToInt(s -> byStatus.getOrDefault(s, 0)).sum();
        List<WaitingReason> waiting = WaitingPolicy.of(snapshot(c, now, open));
        double pace = pace(c, now);
        Duration bucket = bucket(c, now);
        return new CampaignProgress(
                all,
                all - open,
                open,
                c.answered(),
                c.converted(),
                Math.round(pace * 10) / 10.0,
                eta(c, pace, open),
                waiting,
                bucket,
                activity(c, now, bucket));
    }

    private WaitingPolicy.Snapshot snapshot(Campaign c, Instant now, int open) {
        Map<UUID, Integer> calling = members.calling();
        UUID id = c.id().value();
        List<WaitingReason> deferred = waits.of(id, now).stream()
                .map(w -> new WaitingReason(w.reason(), w.members(), 0, w.next()))
                .toList();
        return new WaitingPolicy.Snapshot(
                c.status(),
                c.schedule(),
                now,
                calling.getOrDefault(id, 0),
                c.maxConcurrentCalls(),
                calling.values().stream().mapToInt(Integer::intValue).sum(),
                properties.maxConcurrentCallsPerOrganization(),
                budget.affordable(id, c.budgetMinor()),
                open,
                deferred);
    }

    /** Calls placed per hour since it started (until it completed). */
    private static double pace(Campaign c, Instant now) {
        Instant started = c.startedAt();
        if (started == null || c.totalCalls() < CALLS_FOR_A_PACE) {
            return 0;
        }
        long seconds = Math.max(60, Duration.between(started, end(c, now)).toSeconds());
        return c.totalCalls() * 3600.0 / seconds;
    }

    private static Instant end(Campaign c, Instant now) {
        Instant completed = c.completedAt();
        return completed == null ? now : completed;
    }

    private static @Nullable Duration eta(Campaign c, double pace, int open) {
        if (pace <= 0 || open == 0 || c.status() != CampaignStatus.ACTIVE) {
            return null;
        }
        return Duration.ofMinutes(Math.max(1, Math.round(open * 60 / pace)));
    }

    /** Five-minute buckets for a campaign on for up to two hours, hours after that. */
    private static Duration bucket(Campaign c, Instant now) {
        Instant started = c.startedAt();
        if (started == null) {
            return FINE;
        }
        return Duration.between(started, end(c, now)).compareTo(FINE.multipliedBy(BUCKETS)) <= 0 ? FINE : COARSE;
    }

    /** The last {@value #BUCKETS} buckets up to now (or up to its completion). */
    private List<CallActivity> activity(Campaign c, Instant now, Duration bucket) {
        Instant startedAt = c.startedAt();
        if (startedAt == null) {
            return List.of();
        }
        Instant end = end(c, now);
        Instant started = startedAt.truncatedTo(ChronoUnit.MINUTES);
        Instant earliest = end.minus(bucket.multipliedBy(BUCKETS));
        Instant from = started.isAfter(earliest) ? started : earliest.truncatedTo(ChronoUnit.HOURS);
        return calls.activity(c.id().value(), from, end.plusSeconds(1), bucket);
    }
}
