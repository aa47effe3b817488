package io.switchboard.audit;

import io.switchboard.audit.internal.SecurityEventLog;
import io.switchboard.shared.CursorPage;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Security events of the current organization: recorded on their own, searched by admins. */
@Service
public class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("io.switchboard.security");

    private final SecurityEventLog events;

    SecurityEvents(SecurityEventLog events) {
        this.events = events;
    }

    /**
     * Records an event in a transaction of its own, so that it stays when the request that caused
     * it fails. Also logged, for log-based alerting.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEvent.Report report) {
        insert(report, null);
    }

    /**
     * Records a report that may repeat in bursts (a flood of forged webhooks): the first within
     * {@code window} is a new event, each repeat with the same {@code repeatKey} raises that event's
     * count instead of adding a row. Logged once per event, not per repeat.
     *
     * @param repeatKey what makes two reports the same, e.g. kind, provider and caller address
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRepeated(SecurityEvent.Report report, String repeatKey, Duration window) {
        if (!events.repeat(repeatKey, window)) {
            insert(report, repeatKey);
        }
    }

    private void insert(SecurityEvent.Report report, @Nullable String repeatKey) {
        log.warn(
                "security event {} ({}) user={} detail={}",
                report.kind(),
                report.severity(),
                report.userId(),
                report.detail());
        events.insert(report, repeatKey);
    }

    @Transactional(readOnly = true)
    public CursorPage<SecurityEvent> search(
            @Nullable SecurityEventKind kind,
            @Nullable String q,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable String cursor,
            @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        return CursorPage.of(events.search(kind, q, from, to, CursorPage.after(cursor), size), size, SecurityEvent::id);
    }
}
