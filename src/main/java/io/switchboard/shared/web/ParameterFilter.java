package io.switchboard.shared.web;

import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.StaticAssets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the parameters of every request (query, form and multipart text fields) when they are first
 * read, before any handler uses one:
 *
 * <ul>
 *   <li>a NUL character is refused: PostgreSQL text cannot hold it, and a NUL that reached the
 *       database broke the connection;
 *   <li>on the API, {@code limit} is a page size, a whole number from 1 to {@link
 *       CursorPage#MAX_LIMIT}, for every list alike.
 * </ul>
 *
 * On first read rather than up front, because reading the parameters of a form-encoded request
 * consumes its body, and a provider's webhook reads its body itself to check the signature.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 30)
class ParameterFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return StaticAssets.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(withoutParameters(request) ? request : new CheckedParameters(request), response);
    }

    /**
     * A GET or HEAD without a query string has no parameters to check: the container reads parameters
     * from a body only for POST, and the form filter only for PUT, PATCH and DELETE. Such a request
     * (a point read) is not wrapped: every later filter and MVC read its attributes, headers and method
     * through each wrapper in turn.
     */
    static boolean withoutParameters(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getQueryString() == null && ("GET".equals(method) || "HEAD".equals(method));
    }

    static void check(Map<String, String[]> parameters, boolean api) {
        parameters.forEach((name, values) -> {
            for (String value : values) {
                if (value.indexOf('\0') >= 0) {
                    throw new InvalidInput(name, "invalid_character", "must not contain NUL characters");
                }
            }
        });
        String[] limit = parameters.get("limit");
        if (api && limit != null && limit.length > 0 && !limit[0].isBlank()) {
            try {
                CursorPage.limit(Integer.valueOf(limit[0].strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInput(
                        "limit", "invalid_limit", "must be a whole number between 1 and " + CursorPage.MAX_LIMIT);
            }
        }
    }

    private static final class CheckedParameters extends HttpServletRequestWrapper {

        private final boolean api;
        private boolean checked;

        CheckedParameters(HttpServletRequest request) {
            super(request);
            this.api = request.getRequestURI().startsWith("/api/");
        }

        private void check() {
            if (!checked) {
                ParameterFilter.check(super.getParameterMap(), api);
                checked = true;
            }
        }

        @Override
        public @Nullable String getParameter(String name) {
            check();
            return super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            check();
            return super.getParameterMap();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            check();
            return super.getParameterNames();
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            check();
            return super.getParameterValues(name);
        }
    }
}
