package io.switchboard.jobs.internal;

import io.switchboard.jobs.RecurringJob;
import io.switchboard.shared.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers again, while the application runs, the cross-module events whose listener failed (a
 * lock or connection timeout under load, a deadlock, a provider briefly down): the event registry
 * marks such a publication failed and, without this job, it would wait for the next restart. A
 * recurring job (one node per round) retries each failed publication with a doubling pause from
 * {@code switchboard.events.redelivery-pause} (at most an hour) up to
 * {@code switchboard.events.redelivery-attempts} attempts in all (default 10); what still fails
 * then is moved to {@code event_publication_dead} for an operator, with a warning, so that it never
 * stands in the way of newer failures. Listeners are idempotent, as they must be for redelivery
 * after a crash.
 */
@Configuration(proxyBeanMethods = false)
class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);
    private static final int MOST_AT_ONCE = 1_000;

    private final FailedEventPublications failed;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final RetryPolicy retry;
    private final Clock clock;

    EventRedelivery(
            FailedEventPublications failed,
            JdbcClient jdbc,
            TransactionTemplate tx,
            JobsProperties properties,
            Clock clock) {
        this.failed = failed;
        this.jdbc = jdbc;
        this.tx = tx;
        this.retry = new RetryPolicy(
                properties.events().redeliveryPause(),
                2,
                Duration.ofHours(1),
                properties.events().redeliveryAttempts());
        this.clock = clock;
    }

    @Bean
    RecurringJob eventRedeliveryRounds(JobsProperties properties) {
        return RecurringJob.every("jobs.event-redelivery", properties.events().redeliveryInterval(), this::redeliver);
    }

    void redeliver() {
        Integer given = tx.execute(status -> jdbc.sql(
                        """
                        WITH dead AS (
                          DELETE FROM event_publication
                           WHERE status = 'FAILED' AND completion_date IS NULL AND completion_attempts >= :max
                          RETURNING *)
                        INSERT INTO event_publication_dead SELECT * FROM dead""")
                .param("max", retry.maxAttempts())
                .update());
        if (given != null && given > 0) {
            log.warn(
                    "{} event publication(s) failed {} times and were moved to event_publication_dead",
                    given,
                    retry.maxAttempts());
        }
        Long waiting = tx.execute(status -> jdbc.sql(
                        "SELECT count(*) FROM event_publication WHERE status = 'FAILED' AND completion_date IS NULL")
                .query(Long.class)
                .single());
        if (waiting == null || waiting == 0) {
            return;
        }
        Instant now = clock.instant();
        // The registry reads the oldest failures first and filters them afterwards: read them all
        // (they are few: the exhausted ones are gone), so a long pause never hides a newer one.
        failed.resubmit(ResubmissionOptions.defaults()
                .withMinAge(retry.first())
                .withBatchSize((int) Math.min(waiting, MOST_AT_ONCE))
                .withFilter(publication -> due(publication, now, retry)));
    }

    /** Whether a failed publication has waited long enough since its last try, and may try again. */
    static boolean due(EventPublication publication, Instant now, RetryPolicy retry) {
        int attempts = Math.max(1, publication.getCompletionAttempts());
        if (retry.exhausted(attempts)) {
            return false;
        }
        Instant last = publication.getLastResubmissionDate() == null
                ? publication.getPublicationDate()
                : publication.getLastResubmissionDate();
        return !last.plus(retry.pauseAfter(attempts)).isAfter(now);
    }
}
