package io.switchboard.notifications;

import io.switchboard.notifications.internal.RealtimeBus;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes live updates to the consoles and API clients subscribed to a topic, on every node:
 * messages cross nodes through PostgreSQL LISTEN/NOTIFY. Inside a transaction a message leaves only
 * once it commits, so nobody sees a change that was rolled back. Delivery is best effort (a client
 * that reconnects reloads what it shows); durable facts go through events.
 */
@Service
public class RealtimeHub {

    private final RealtimeBus bus;
    private final Clock clock;

    RealtimeHub(RealtimeBus bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
    }

    public void publish(UUID organization, String topic, String type, Map<String, Object> data) {
        RealtimeMessage message = new RealtimeMessage(organization, topic, type, data, clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    bus.send(message);
                }
            });
        } else {
            bus.send(message);
        }
    }
}
