package io.switchboard.notifications.internal;

import io.switchboard.notifications.RealtimeMessage;
import io.switchboard.notifications.RealtimeTopic;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The clients connected to this node, and the rule of who may receive what. */
@Component
public class RealtimeSubscribers {

    private final Map<String, RealtimeTopic> families;
    private final Set<RealtimeSubscriber> subscribers = ConcurrentHashMap.newKeySet();

    RealtimeSubscribers(ObjectProvider<RealtimeTopic> topics) {
        this.families = topics.orderedStream()
                .collect(Collectors.toUnmodifiableMap(RealtimeTopic::family, Function.identity(), (a, b) -> a));
    }

    public void add(RealtimeSubscriber subscriber) {
        subscribers.add(subscriber);
    }

    public void remove(RealtimeSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    public int size() {
        return subscribers.size();
    }

    /** Whether the subscribing request reaches the record the topic names (see {@link RealtimeTopic}). */
    public boolean reaches(String topic) {
        int colon = topic.indexOf(':');
        RealtimeTopic known = families.get(colon < 0 ? topic : topic.substring(0, colon));
        return known == null || known.reachable().test(topic);
    }

    /** Whether a topic exists and the subscriber may receive it. */
    public boolean allows(UUID user, Set<String> permissions, String topic) {
        int colon = topic.indexOf(':');
        String family = colon < 0 ? topic : topic.substring(0, colon);
        if (family.equals("user")) {
            return topic.equals("user:" + user);
        }
        RealtimeTopic known = families.get(family);
        return known != null && (known.permission() == null || permissions.contains(known.permission()));
    }

    void dispatch(RealtimeMessage message, String json) {
        for (RealtimeSubscriber subscriber : subscribers) {
            if (subscriber.organizationId().equals(message.organizationId())
                    && subscriber.topics().contains(message.topic())
                    && allows(subscriber.userId(), subscriber.permissions(), message.topic())
                    && !subscriber.deliver(json, message)) {
                subscribers.remove(subscriber);
            }
        }
    }

    List<RealtimeSubscriber> matching(Predicate<RealtimeSubscriber> which) {
        return subscribers.stream().filter(which).toList();
    }

    /** Closes the connections; they receive nothing more from the moment this returns. */
    void close(Predicate<RealtimeSubscriber> which, String reason) {
        matching(which).forEach(subscriber -> close(subscriber, reason));
    }

    void close(RealtimeSubscriber subscriber, String reason) {
        if (subscribers.remove(subscriber)) {
            // Closing may wait on a slow client: never on the thread that delivers to the others.
            Thread.ofVirtual().name("realtime-close").start(() -> subscriber.close(reason));
        }
    }

    /**
     * The server is stopping: every stream ends ({@code closed: server_stopping}, the client
     * reconnects elsewhere or after the restart). Open streams are requests that never finish, so a
     * graceful shutdown would otherwise wait its whole timeout (30 s) for them.
     */
    @EventListener(ContextClosedEvent.class)
    void serverStopping() {
        close(subscriber -> true, "server_stopping");
    }

    /**
     * Takes away the topics a subscriber's caller may no longer see (closing it when none is left)
     * after a check found its current permissions.
     */
    void narrow(RealtimeSubscriber subscriber) {
        Set<String> lost = subscriber.topics().stream()
                .filter(topic -> !allows(subscriber.userId(), subscriber.permissions(), topic))
                .collect(Collectors.toSet());
        if (lost.isEmpty()) {
            return;
        }
        subscriber.topics().removeAll(lost);
        if (subscriber.topics().isEmpty()) {
            close(subscriber, "access_revoked");
        } else {
            subscriber.unsubscribed(lost, "access_changed");
        }
    }
}
