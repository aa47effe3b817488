package io.switchboard.identity.internal;

import io.github.bucket4j.ConsumptionProbe;
import io.switchboard.shared.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Provider webhooks' rate limits, before any signature is checked: a bucket per source address and
 * one per organization (the {@code org} parameter of the webhook URL), both generous because a
 * provider sends every callback of many calls from a few addresses; and a small budget of refusals
 * (403: a missing or wrong signature, an unknown organization) per address and organization. A
 * sender that keeps failing the signature check is answered 429 with {@code Retry-After} at once,
 * without costing a signature check or a security event, while the organization's genuine
 * webhooks from other addresses go on.
 */
class WebhookRateLimitFilter extends OncePerRequestFilter {

    private final IdentityProperties.RateLimit limits;
    private final RateLimiter limiter;

    WebhookRateLimitFilter(IdentityProperties properties, ProblemResponses problems) {
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
        String address = request.getRemoteAddr();
        @Nullable UUID organization = organization(request.getQueryString());
        if (!take(request, response, "webhook-address:" + address, limits.webhooksPerAddressPerMinute())
                || (organization != null
                        && !take(
                                request,
                                response,
                                "webhook-organization:" + organization,
                                limits.webhooksPerOrganizationPerMinute()))) {
            return;
        }
        String refusals = "webhook-refusals:" + organization + ":" + address;
        long budget = limits.webhookRefusalsPerMinute();
        if (limiter.empty(refusals, budget)) {
            limiter.refuse(request, response, limiter.secondsUntilRefill(refusals, budget));
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            limiter.take(refusals, budget);
        }
        limiter.evictIdle();
    }

    private boolean take(HttpServletRequest request, HttpServletResponse response, String bucket, long perMinute)
            throws IOException {
        ConsumptionProbe probe = limiter.take(bucket, perMinute);
        if (probe.isConsumed()) {
            return true;
        }
        RateLimiter.headers(response, perMinute, probe);
        limiter.refuse(request, response, RateLimiter.seconds(probe.getNanosToWaitForRefill()));
        return false;
    }

    /**
     * The {@code org} parameter, read from the raw query: {@code getParameter} would read a form
     * body, which the webhook's signature check needs untouched. Anything but a UUID names no
     * organization (and no bucket).
     */
    static @Nullable UUID organization(@Nullable String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("org=")) {
                try {
                    return UUID.fromString(pair.substring(4));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
