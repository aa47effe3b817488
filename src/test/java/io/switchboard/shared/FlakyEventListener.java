package io.switchboard.shared;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Test-only listener (in every test application context, reacting only to {@link FlakyEvent}, which
 * only {@link EventRedeliveryIT} publishes): fails the first {@code failures} deliveries of an
 * event, then handles it.
 */
@Component
class FlakyEventListener {

    record FlakyEvent(UUID id, int failures) {}

    private final Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Set<UUID> handled = ConcurrentHashMap.newKeySet();

    // Methods, not fields: the test sees the bean through its event-registry proxy.
    boolean handled(UUID id) {
        return handled.contains(id);
    }

    int deliveries(UUID id) {
        AtomicInteger count = deliveries.get(id);
        return count == null ? 0 : count.get();
    }

    @ApplicationModuleListener
    void on(FlakyEvent event) {
        int delivery = deliveries
                .computeIfAbsent(event.id(), id -> new AtomicInteger())
                .incrementAndGet();
        if (delivery <= event.failures()) {
            throw new IllegalStateException("delivery " + delivery + " fails on purpose");
        }
        handled.add(event.id());
    }
}
