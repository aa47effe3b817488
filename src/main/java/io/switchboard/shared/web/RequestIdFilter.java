package io.switchboard.shared.web;

import io.switchboard.shared.Ids;
import io.switchboard.shared.ProblemResponses;
import io.switchboard.shared.StaticAssets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sane), echoes it, and puts
 * it in the logging context so that JSON log lines and problem answers carry it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";

    RequestIdFilter() {
        AccessLog.install();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return StaticAssets.matches(request); // the same file for everyone: nothing to trace
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // error pages answer with the same request id
    }

    private static boolean isDispatchTypeFirst(HttpServletRequest request) {
        return request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST;
    }

    private static String newId(HttpServletRequest request) {
        String given = request.getHeader(HEADER);
        return given != null && given.matches("[A-Za-z0-9._-]{8,64}")
                ? given
                : Ids.next().toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(HEADER) instanceof String earlier ? earlier : newId(request);
        request.setAttribute(HEADER, id);
        MDC.put(ProblemResponses.REQUEST_ID, id);
        response.setHeader(HEADER, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (isDispatchTypeFirst(request) && request.getRequestURI().startsWith("/api/")) {
                // One access line per API call, carrying the request id like every other line.
                AccessLog.log.info(
                        "{} {} {} {}ms",
                        request.getMethod(),
                        request.getRequestURI(),
                        response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            MDC.remove(ProblemResponses.REQUEST_ID);
        }
    }
}
