package io.switchboard.shared;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The console's static files (stylesheets, scripts, images, webjars). They are the same for everyone:
 * served without the API's per-request work (request ids, access log, body and parameter checks,
 * sessions, CSRF), under content-hashed URLs cached for a year.
 */
public final class StaticAssets {

    /** Path patterns, for Spring Security's matchers. */
    public static final String[] PATTERNS = {"/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico"};

    private StaticAssets() {}

    public static boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }
}
