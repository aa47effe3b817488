package io.switchboard.identity.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.shared.ProblemResponses;
import io.switchboard.shared.TooManyRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API rate limits: a token bucket per API key, per signed-in user and per address of anonymous
 * callers, refilled continuously over a minute. Every answer carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds until the bucket is full
 * again); beyond the limit, 429 with {@code Retry-After}. Buckets live in each node's memory, so
 * with N nodes behind a balancer a caller gets up to N times the limit.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final AccountSecurityProperties.RateLimit limits;
    private final ProblemResponses problems;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(AccountSecurityProperties.RateLimit limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Provider webhooks come from a few provider addresses in bursts; they are bounded by their
        // signature check instead of a per-address budget.
        if (!limits.enabled() || request.getRequestURI().startsWith("/api/v1/webhooks/")) {
            chain.doFilter(request, response);
            return;
        }
        Key key = key(request);
        Entry entry = buckets.computeIfAbsent(key.name(), k -> new Entry(bucket(key.perMinute())));
        entry.lastUsed = System.nanoTime();
        ConsumptionProbe probe = entry.bucket.tryConsumeAndReturnRemaining(1);
        response.setHeader("RateLimit-Limit", Long.toString(key.perMinute()));
        response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        long missing = key.perMinute() - probe.getRemainingTokens();
        response.setHeader("RateLimit-Reset", Long.toString((long) Math.ceil(missing * 60.0 / key.perMinute())));
        if (!probe.isConsumed()) {
            long retry = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            problems.write(
                    request,
                    response,
                    new TooManyRequests("rate_limited", "too many requests; slow down and retry later", retry));
            return;
        }
        chain.doFilter(request, response);
        evictIdle();
    }

    private Key key(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
            return user.viaApiKey()
                    ? new Key("key:" + user.sessionId(), limits.perKeyPerMinute())
                    : new Key("user:" + user.id(), limits.perUserPerMinute());
        }
        return new Key("address:" + request.getRemoteAddr(), limits.perAddressPerMinute());
    }

    private static Bucket bucket(long perMinute) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    private void evictIdle() {
        if (buckets.size() > 10_000) {
            long now = System.nanoTime();
            buckets.values().removeIf(e -> now - e.lastUsed > IDLE_NANOS);
        }
    }

    private record Key(String name, long perMinute) {}

    private static final class Entry {
        final Bucket bucket;
        volatile long lastUsed;

        Entry(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
