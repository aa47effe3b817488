package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.ApiTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class EventRedeliveryIT extends ApiTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    FlakyEventListener listener;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aListenerThatFailedIsDeliveredAgainWhileTheApplicationRuns() {
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(status -> events.publishEvent(new FlakyEventListener.FlakyEvent(id, 2)));

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.handled(id));
        assertThat(listener.deliveries(id)).isEqualTo(3);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                        jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id"
                                        + " AND completion_date IS NULL")
                                .param("id", "%" + id + "%")
                                .query(Long.class)
                                .single())
                .isZero());
    }

    @Test
    void aListenerThatKeepsFailingIsSetAsideForAnOperator() {
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(status -> events.publishEvent(new FlakyEventListener.FlakyEvent(id, 1_000)));

        // tests allow 3 attempts, 1 s then 2 s apart
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        jdbc.sql("SELECT count(*) FROM event_publication_dead WHERE serialized_event LIKE :id")
                                .param("id", "%" + id + "%")
                                .query(Long.class)
                                .single())
                .isOne());
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id")
                        .param("id", "%" + id + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(listener.deliveries(id)).isEqualTo(3);
        assertThat(listener.handled(id)).isFalse();
    }
}
