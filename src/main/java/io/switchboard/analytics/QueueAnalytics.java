package io.switchboard.analytics;

import io.switchboard.analytics.internal.QueueFacts;
import io.switchboard.routing.Queue;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.QueueManagement;
import io.switchboard.routing.QueueStats;
import io.switchboard.shared.InvalidInput;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queues' figures of a day from the visits kept from routing's events (offered, answered, timed
 * out, within SLA), with what waits now from routing's wallboard; only the queues the caller may
 * watch (a supervisor: their teams' and those of no team).
 */
@Service
public class QueueAnalytics {

    private final QueueFacts facts;
    private final QueueManagement queues;
    private final Analytics analytics;

    QueueAnalytics(QueueFacts facts, QueueManagement queues, Analytics analytics) {
        this.facts = facts;
        this.queues = queues;
        this.analytics = analytics;
    }

    /** @param date null: today */
    @Transactional(readOnly = true)
    public QueueFigures on(@Nullable LocalDate date) {
        LocalDate today = analytics.today();
        LocalDate day = date == null ? today : date;
        if (day.isAfter(today)) {
            throw new InvalidInput("date", "date_in_future", "is after today (" + today + ")");
        }
        if (day.isBefore(today.minusDays(DayRange.MAX_DAYS))) {
            throw new InvalidInput("date", "range_too_long", "is more than " + DayRange.MAX_DAYS + " days ago");
        }
        Map<UUID, QueueFacts.Day> counted =
                facts.on(day).stream().collect(Collectors.toMap(QueueFacts.Day::queueId, Function.identity()));
        Map<QueueId, QueueStats> live = day.equals(today)
                ? queues.stats().stream().collect(Collectors.toMap(QueueStats::queueId, Function.identity()))
                : Map.of();
        var rows = queues.visible().stream()
                .sorted(Comparator.comparing(Queue::name))
                .map(q -> row(q, counted.get(q.id().value()), live.get(q.id()), day, day.equals(today)))
                .toList();
        return new QueueFigures(day, analytics.zone().getId(), rows);
    }

    private static QueueFigures.Row row(
            Queue q, QueueFacts.@Nullable Day d, @Nullable QueueStats now, LocalDate day, boolean today) {
        int answered = d == null ? 0 : d.answered();
        int within = d == null ? 0 : d.answeredWithinSla();
        int abandoned = d == null ? 0 : d.abandoned();
        return new QueueFigures.Row(
                q.id().value(),
                q.name(),
                q.slaSeconds(),
                d == null ? 0 : d.offered(),
                answered,
                d == null ? 0 : d.timedOut(),
                within,
                answered == 0 ? null : (int) Math.round(100.0 * within / answered),
                now == null ? null : now.waiting(),
                now == null ? null : now.longestWaitSeconds(),
                abandoned,
                abandoned == 0 ? null : Math.round((double) d.abandonWaitSeconds() / abandoned),
                abandoned == 0 ? null : d.longestAbandonWaitSeconds(),
                drill(q.id(), day, today));
    }

    /** Each figure's list in routing: the same visits, by how they ended. */
    static Map<String, String> drill(QueueId queue, LocalDate day, boolean today) {
        String base = "/api/v1/queues/" + queue.value() + "/work?date=" + day + "&outcome=";
        Map<String, String> links = new LinkedHashMap<>();
        links.put("offered", base + "offered");
        links.put("answered", base + "answered");
        links.put("timed_out", base + "overflowed");
        links.put("answered_within_sla", base + "within_sla");
        links.put("abandoned", base + "abandoned");
        if (today) {
            links.put("waiting_now", base + "waiting");
        }
        return links;
    }
}
