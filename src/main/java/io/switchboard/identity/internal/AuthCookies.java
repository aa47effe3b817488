package io.switchboard.identity.internal;

import io.switchboard.identity.TokenPair;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ResponseCookie;

/**
 * The console keeps its tokens in HttpOnly, SameSite=Lax cookies: scripts cannot read them and
 * other sites' forms cannot send them. The API never accepts them.
 */
public final class AuthCookies {

    public static final String ACCESS = "SB_ACCESS";
    public static final String REFRESH = "SB_REFRESH";
    public static final String ORGANIZATION = "SB_ORG";

    private AuthCookies() {}

    public static void write(
            HttpServletRequest request, HttpServletResponse response, TokenPair tokens, Duration refreshTtl) {
        set(request, response, ACCESS, tokens.accessToken(), Duration.ofSeconds(tokens.expiresIn()));
        set(request, response, REFRESH, tokens.refreshToken(), refreshTtl);
    }

    /** A new sign-in gets a new CSRF token: drop the one issued before it. */
    public static void rotateCsrfToken(HttpServletResponse response) {
        response.addHeader(
                "Set-Cookie",
                ResponseCookie.from("XSRF-TOKEN", "")
                        .path("/")
                        .maxAge(0)
                        .build()
                        .toString());
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        set(request, response, ACCESS, "", Duration.ZERO);
        set(request, response, REFRESH, "", Duration.ZERO);
        set(request, response, ORGANIZATION, "", Duration.ZERO);
    }

    public static void set(
            HttpServletRequest request, HttpServletResponse response, String name, String value, Duration maxAge) {
        ResponseCookie cookie = ResponseCookie.from(name, value)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(maxAge)
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    public static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> c.getName().equals(name) && !c.getValue().isBlank())
                .map(Cookie::getValue)
                .findFirst();
    }
}
