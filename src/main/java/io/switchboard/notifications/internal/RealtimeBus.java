package io.switchboard.notifications.internal;

import io.switchboard.notifications.RealtimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries real-time messages between nodes over PostgreSQL NOTIFY on one channel, and delivers
 * what arrives (its own messages included) to this node's subscribers; access orders among them go
 * to {@link RealtimeAccess}, in order with the messages. Messages are batched into
 * notifications of at most {@value #MAX_PAYLOAD} bytes every few milliseconds, so a burst of call
 * events costs a handful of NOTIFYs, not one per event.
 */
@Component
public class RealtimeBus implements SmartLifecycle {

    static final String CHANNEL = "switchboard_realtime";
    static final int MAX_PAYLOAD = 7_000;
    private static final int MAX_QUEUE = 50_000;
    private static final Logger log = LoggerFactory.getLogger(RealtimeBus.class);
    private static final TypeReference<List<RealtimeMessage>> BATCH = new TypeReference<>() {};

    private final DataSource dataSource;
    private final RealtimeSubscribers subscribers;
    private final RealtimeAccess access;
    private final JsonMapper json;
    private final BlockingQueue<RealtimeMessage> outbox = new LinkedBlockingQueue<>(MAX_QUEUE);
    private volatile boolean running;
    /** Which start the loops belong to: loops of an earlier start end even when started again at once. */
    private final AtomicInteger generation = new AtomicInteger();

    private @Nullable Thread sender;
    private @Nullable Thread listener;

    RealtimeBus(DataSource dataSource, RealtimeSubscribers subscribers, RealtimeAccess access, JsonMapper json) {
        this.dataSource = dataSource;
        this.subscribers = subscribers;
        this.access = access;
        this.json = json;
    }

    public void send(RealtimeMessage message) {
        if (!outbox.offer(message)) {
            log.warn("real-time outbox full; a live update was dropped");
        }
    }

    @Override
    public void start() {
        running = true;
        int current = generation.incrementAndGet();
        sender = Thread.ofVirtual().name("realtime-notify").start(() -> sendLoop(current));
        listener = Thread.ofVirtual().name("realtime-listen").start(() -> listenLoop(current));
    }

    /**
     * Both loops notice within a second. Not interrupted: an interrupted virtual thread loses the
     * socket it reads, and the pool then reports the broken connection at length.
     */
    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private boolean running(int current) {
        return running && generation.get() == current;
    }

    private void sendLoop(int current) {
        List<RealtimeMessage> batch = new ArrayList<>();
        while (running(current)) {
            try {
                RealtimeMessage first = outbox.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                Thread.sleep(20); // let a burst gather
                outbox.drainTo(batch, 2_000);
                notifyAll(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                if (running(current)) {
                    log.warn("could not publish {} live updates: {}", batch.size(), e.getMessage());
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void notifyAll(List<RealtimeMessage> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            connection.setAutoCommit(true);
            for (String payload : payloads(batch)) {
                statement.setString(1, CHANNEL);
                statement.setString(2, payload);
                statement.execute();
            }
        }
    }

    /** JSON arrays of messages, each under the NOTIFY payload limit. */
    List<String> payloads(List<RealtimeMessage> batch) {
        List<String> payloads = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (RealtimeMessage message : batch) {
            String one = json.writeValueAsString(message);
            if (one.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
                one = json.writeValueAsString(new RealtimeMessage(
                        message.organizationId(), message.topic(), message.type(), Map.of(), message.at()));
            }
            if (current.length() > 0 && current.length() + one.length() + 2 > MAX_PAYLOAD) {
                payloads.add(current.append(']').toString());
                current.setLength(0);
            }
            current.append(current.length() == 0 ? '[' : ',').append(one);
        }
        if (current.length() > 0) {
            payloads.add(current.append(']').toString());
        }
        return payloads;
    }

    private void listenLoop(int current) {
        long backoff = 500;
        while (running(current)) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                backoff = 500;
                while (running(current)) {
                    PGNotification[] notifications = pg.getNotifications(1_000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running(current)) {
                    return;
                }
                log.warn("real-time listener lost its connection ({}); reconnecting", e.getMessage());
                try {
                    sleepWhileRunning(current, backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    private void sleepWhileRunning(int current, long millis) throws InterruptedException {
        for (long left = millis; left > 0 && running(current); left -= 250) {
            Thread.sleep(Math.min(250, left));
        }
    }

    private void deliver(String payload) {
        if (subscribers.size() == 0) {
            return;
        }
        for (RealtimeMessage message : json.readValue(payload, BATCH)) {
            if (AccessOrder.TOPIC.equals(message.topic())) {
                AccessOrder.of(message).ifPresent(order -> access.carryOut(order, message.organizationId()));
                continue;
            }
            Map<String, Object> outgoing = new LinkedHashMap<>();
            outgoing.put("topic", message.topic());
            outgoing.put("type", message.type());
            outgoing.put("data", message.data());
            outgoing.put("at", message.at().toString());
            subscribers.dispatch(message, json.writeValueAsString(outgoing));
        }
    }
}
