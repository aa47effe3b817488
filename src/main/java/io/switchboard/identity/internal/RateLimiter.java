package io.switchboard.identity.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.switchboard.shared.ProblemResponses;
import io.switchboard.shared.TooManyRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets by name (bucket4j), each refilled continuously over a minute, in this node's memory:
 * with N nodes behind a balancer a caller gets up to N times a limit. Buckets idle for ten minutes
 * are dropped once there are many, so callers that change names cannot grow the map for ever.
 */
final class RateLimiter {

    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final ProblemResponses problems;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    RateLimiter(ProblemResponses problems) {
        this.problems = problems;
    }

    /** Takes a token from the bucket {@code name} holding {@code perMinute}. */
    ConsumptionProbe take(String name, long perMinute) {
        return entry(name, perMinute).bucket.tryConsumeAndReturnRemaining(1);
    }

    /** Whether the bucket has no token left, without taking one. */
    boolean empty(String name, long perMinute) {
        return entry(name, perMinute).bucket.getAvailableTokens() < 1;
    }

    /** Seconds until the bucket holds a token again. */
    long secondsUntilRefill(String name, long perMinute) {
        return seconds(entry(name, perMinute).bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} of a probe. */
    static void headers(HttpServletResponse response, long perMinute, ConsumptionProbe probe) {
        response.setHeader("RateLimit-Limit", Long.toString(perMinute));
        response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        long missing = perMinute - probe.getRemainingTokens();
        response.setHeader("RateLimit-Reset", Long.toString((long) Math.ceil(missing * 60.0 / perMinute)));
    }

    /** Answers 429 with {@code Retry-After}. */
    void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) throws IOException {
        problems.write(
                request,
                response,
                new TooManyRequests("rate_limited", "too many requests; slow down and retry later", retryAfterSeconds));
    }

    static long seconds(long nanosToWait) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait) + 1);
    }

    void evictIdle() {
        if (buckets.size() > 10_000) {
            long now = System.nanoTime();
            buckets.values().removeIf(e -> now - e.lastUsed > IDLE_NANOS);
        }
    }

    private Entry entry(String name, long perMinute) {
        Entry entry = buckets.computeIfAbsent(name, k -> new Entry(perMinute));
        entry.lastUsed = System.nanoTime();
        return entry;
    }

    private static final class Entry {
        final Bucket bucket;
        volatile long lastUsed;

        Entry(long perMinute) {
            this.bucket = Bucket.builder()
                    .addLimit(Bandwidth.builder()
                            .capacity(perMinute)
                            .refillGreedy(perMinute, Duration.ofMinutes(1))
                            .build())
                    .build();
        }
    }
}
