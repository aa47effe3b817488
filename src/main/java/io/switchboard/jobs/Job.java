package io.switchboard.jobs;

import io.switchboard.shared.RetryPolicy;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A kind of background work for one organization. Declare it as a bean; schedule instances of it
 * with {@link Jobs#schedule}. The payload is stored as JSON, so it should be a small record of ids
 * (never personal data: the job table is not erased with a lead).
 *
 * @param name unique and stable across releases (stored with every scheduled instance), e.g.
 *     {@code "identity.send-mail"}
 * @param giveUp runs, in the organization's transaction, when the retry policy gives up; the
 *     instance is then removed
 * @param transactional whether the handler runs inside one transaction of the organization; a
 *     handler that waits on the network runs without one and opens its own short ones
 */
public record Job<T>(
        String name,
        Class<T> payloadType,
        RetryPolicy retry,
        JobHandler<T> handler,
        BiConsumer<T, Throwable> giveUp,
        boolean transactional) {

    public Job {
        if (!name.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")) {
            throw new IllegalArgumentException("job names are module.kebab-case: " + name);
        }
    }

    /** Work done once per scheduling (repeated only while it fails). */
    public static <T> Job<T> once(String name, Class<T> payloadType, RetryPolicy retry, Consumer<T> work) {
        return new Job<>(
                name,
                payloadType,
                retry,
                payload -> {
                    work.accept(payload);
                    return null;
                },
                (payload, failure) -> {},
                true);
    }

    /** Work that decides after each run when it runs next, or that it is done. */
    public static <T> Job<T> repeating(String name, Class<T> payloadType, RetryPolicy retry, JobHandler<T> work) {
        return new Job<>(name, payloadType, retry, work, (payload, failure) -> {}, true);
    }

    public Job<T> onGiveUp(BiConsumer<T, Throwable> giveUp) {
        return new Job<>(name, payloadType, retry, handler, giveUp, transactional);
    }

    /** The handler runs in the organization but outside a transaction (it calls the network). */
    public Job<T> withoutTransaction() {
        return new Job<>(name, payloadType, retry, handler, giveUp, false);
    }
}
