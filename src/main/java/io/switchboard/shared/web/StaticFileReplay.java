package io.switchboard.shared.web;

import io.switchboard.shared.StaticAssets;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A static file ({@link StaticAssets}) answered once is answered again from memory, ahead of every
 * other filter: the servlet filters, the static files' security chain, Spring MVC's handler lookup
 * and the resource handler's resolution in the jar were three quarters of serving one (issue 19).
 * The first answer goes through all of them and is kept as it was sent (status 200, its headers,
 * {@code X-Content-Type-Options} and the year-long {@code Cache-Control} included); anything else
 * (a 404, a range or conditional request, a query string, an address that is not already in its
 * plain form) takes the full path every time. The files are in the jar, so an answer never goes
 * stale while the application runs; {@link StaticFileCache} bounds what is kept.
 *
 * <p>These requests are not timed in {@code http.server.requests}: the file is the same for everyone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticFileReplay implements Filter {

    private final StaticFileCache cache = new StaticFileCache(StaticFileCache.MAX_FILES, StaticFileCache.MAX_BYTES);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = replayable(request);
        if (path == null) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        StaticFileCache.Answer kept = cache.get(path);
        if (kept != null) {
            kept.writeTo(response);
            return;
        }
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recording);
        cache.offer(path, StaticFileCache.Answer.of(recording));
        recording.copyBodyToResponse();
    }

    /**
     * The path of a plain GET of a static file whose address is already in its normalized, decoded
     * form (so that nothing the firewall or the resource resolver would refuse or rewrite is replayed),
     * or null.
     */
    static String replayable(HttpServletRequest request) {
        if (!StaticAssets.matches(request) // first: every API call and page passes here
                || request.getDispatcherType() != DispatcherType.REQUEST
                || !"GET".equals(request.getMethod())
                || request.getQueryString() != null
                || request.getHeader("Range") != null
                || request.getHeader("If-None-Match") != null
                || request.getHeader("If-Modified-Since") != null) {
            return null;
        }
        String uri = request.getRequestURI();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return uri.equals(path) && uri.indexOf("//") < 0 && uri.indexOf("/.") < 0 ? path : null;
    }
}
