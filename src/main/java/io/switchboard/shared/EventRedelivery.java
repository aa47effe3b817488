package io.switchboard.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again, while the application runs, the cross-module events whose listener failed (a
 * lock or connection timeout under load, a deadlock, a provider briefly down): the event registry
 * marks such a publication failed and, without this job, it would wait for the next restart. Each
 * failed publication is retried with a growing pause ({@code base × 2^(attempts-1)}, at most an
 * hour) up to {@link #MAX_ATTEMPTS} times; what still fails then stays in {@code event_publication}
 * for an operator (and is tried once more at the next start). Listeners are idempotent, as they
 * must be for redelivery after a crash.
 */
@Component
class EventRedelivery {

    static final int MAX_ATTEMPTS = 10;
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final FailedEventPublications failed;
    private final Duration base;
    private final Clock clock;

    EventRedelivery(
            FailedEventPublications failed,
            @Value("${switchboard.events.redelivery-pause:PT10S}") Duration base,
            Clock clock) {
        this.failed = failed;
        this.base = base;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${switchboard.events.redelivery-interval:PT5S}",
            initialDelayString = "${switchboard.events.redelivery-interval:PT5S}")
    void redeliver() {
        Instant now = clock.instant();
        failed.resubmit(ResubmissionOptions.defaults()
                .withMinAge(base)
                .withBatchSize(100)
                .withFilter(publication -> due(publication, now, base)));
    }

    /** Whether a failed publication has waited long enough since its last try, and may try again. */
    static boolean due(EventPublication publication, Instant now, Duration base) {
        int attempts = Math.max(1, publication.getCompletionAttempts());
        if (attempts >= MAX_ATTEMPTS) {
            return false;
        }
        Instant last = publication.getLastResubmissionDate() == null
                ? publication.getPublicationDate()
                : publication.getLastResubmissionDate();
        Duration pause = base.multipliedBy(1L << Math.min(attempts - 1, 20));
        if (pause.compareTo(LONGEST_PAUSE) > 0) {
            pause = LONGEST_PAUSE;
        }
        return !last.plus(pause).isAfter(now);
    }
}
