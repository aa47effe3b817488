package io.switchboard.routing;

import io.switchboard.routing.internal.QueueVisits;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.tenancy.OrganizationManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to the work that entered a queue: its visits by day (the organization's zone), the
 * records behind each queue figure of that day.
 */
@Service
public class QueueHistory {

    /** As far back as analytics reads a day. */
    public static final int MAX_DAYS_AGO = 400;

    private final QueueManagement queues;
    private final QueueVisits visits;
    private final OrganizationManagement organizations;
    private final Clock clock;

    QueueHistory(QueueManagement queues, QueueVisits visits, OrganizationManagement organizations, Clock clock) {
        this.queues = queues;
        this.visits = visits;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * The queue's visits of a day that the filter keeps, oldest first ({@code waiting}: what waits
     * there now). A queue the caller may not watch answers 404, as one that does not exist.
     *
     * @param date null: today
     */
    @Transactional(readOnly = true)
    public CursorPage<QueueVisit> day(
            QueueId queue, @Nullable LocalDate date, VisitFilter filter, @Nullable String cursor, int limit) {
        queues.visible(queue);
        ZoneId zone = zone();
        LocalDate day = checked(date, zone);
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<QueueVisit> rows = visits.in(queue, from, to, filter, CursorPage.after(cursor), limit + 1);
        return CursorPage.of(rows, limit, QueueVisit::id);
    }

    /** Every queue's visits that entered it in [from, to), in pages (the analytics rebuild). */
    @Transactional(readOnly = true)
    public CursorPage<QueueVisit> entered(Instant from, Instant to, @Nullable String cursor, int limit) {
        return CursorPage.of(
                visits.enteredBetween(from, to, CursorPage.after(cursor), limit + 1), limit, QueueVisit::id);
    }

    private LocalDate checked(@Nullable LocalDate date, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (date == null) {
            return today;
        }
        if (date.isAfter(today)) {
            throw new InvalidInput("date", "date_in_future", "is after today (" + today + ")");
        }
        if (date.isBefore(today.minusDays(MAX_DAYS_AGO))) {
            throw new InvalidInput("date", "range_too_long", "is more than " + MAX_DAYS_AGO + " days ago");
        }
        return date;
    }

    private ZoneId zone() {
        return ZoneId.of(organizations.current().timezone());
    }
}
