package io.switchboard.identity.internal;

import io.github.bucket4j.ConsumptionProbe;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.shared.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API rate limits: a token bucket per API key, per signed-in user and per address of anonymous
 * callers, refilled continuously over a minute. Every answer carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds until the bucket is full
 * again); beyond the limit, 429 with {@code Retry-After}. Provider webhooks have limits of their
 * own ({@link WebhookRateLimitFilter}).
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final IdentityProperties.RateLimit limits;
    private final RateLimiter limiter;

    RateLimitFilter(IdentityProperties properties, ProblemResponses problems) {
        this.limits = properties.security().rateLimit();
        this.limiter = new RateLimiter(problems);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!limits.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        Key key = key(request);
        ConsumptionProbe probe = limiter.take(key.name(), key.perMinute());
        RateLimiter.headers(response, key.perMinute(), probe);
        if (!probe.isConsumed()) {
            limiter.refuse(request, response, RateLimiter.seconds(probe.getNanosToWaitForRefill()));
            return;
        }
        chain.doFilter(request, response);
        limiter.evictIdle();
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

    private record Key(String name, long perMinute) {}
}
