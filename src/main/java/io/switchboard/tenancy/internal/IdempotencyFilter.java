package io.switchboard.tenancy.internal;

import io.switchboard.shared.ProblemResponses;
import io.switchboard.shared.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Writes sent with {@code Idempotency-Key} happen once: a retry with the same key and the same
 * request gets the first answer again (marked {@code Idempotent-Replayed: true}) for 24 hours; the
 * same key with a different request is refused. Keys are scoped to the caller (user, API key or
 * vendor) within the organization. Runs after authentication, which binds the organization.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 20)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotencyKeys keys;
    private final TransactionTemplate tx;
    private final ProblemResponses problems;

    IdempotencyFilter(IdempotencyKeys keys, TransactionTemplate tx, ProblemResponses problems) {
        this.keys = keys;
        this.tx = tx;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return request.getHeader(HEADER) == null
                || !WRITES.contains(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || (type != null && type.toLowerCase().startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null
                || !caller.isAuthenticated()
                || TenantContext.current().isEmpty()) {
            chain.doFilter(request, response); // unauthenticated: the endpoint answers 401 on its own
            return;
        }
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > 255) {
            problems.write(
                    request,
                    response,
                    ProblemResponses.of(
                            HttpStatus.BAD_REQUEST,
                            "invalid_idempotency_key",
                            "Invalid input",
                            "Idempotency-Key must be 1 to 255 characters"));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String path = request.getRequestURI();
        byte[] hash = hash(request.getMethod(), path, request.getQueryString(), body);
        String principal = caller.getName();
        IdempotencyKeys.Outcome outcome =
                tx.execute(status -> keys.begin(principal, key, request.getMethod(), path, hash));
        switch (outcome) {
            case IdempotencyKeys.Replay replay -> replay(response, replay);
            case IdempotencyKeys.InProgress ignored ->
                problems.write(
                        request,
                        response,
                        ProblemResponses.of(
                                HttpStatus.CONFLICT,
                                "idempotency_request_in_progress",
                                "Conflict",
                                "a request with this Idempotency-Key is still being processed"));
            case IdempotencyKeys.Mismatch ignored ->
                problems.write(
                        request,
                        response,
                        ProblemResponses.of(
                                HttpStatus.UNPROCESSABLE_CONTENT,
                                "idempotency_key_reused",
                                "Idempotency key reused",
                                "this Idempotency-Key was used for a different request"));
            case IdempotencyKeys.Started ignored -> first(request, response, chain, body, principal, key);
            case null -> throw new IllegalStateException("no idempotency outcome");
        }
    }

    private void first(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            byte[] body,
            String principal,
            String key)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new CachedBody(request, body), recorded);
        } finally {
            int status = recorded.getStatus();
            if (status < 500) {
                tx.executeWithoutResult(s -> keys.complete(
                        principal,
                        key,
                        status,
                        recorded.getContentType(),
                        recorded.getHeader("Location"),
                        recorded.getContentAsByteArray()));
            } else {
                tx.executeWithoutResult(s -> keys.abandon(principal, key));
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(HttpServletResponse response, IdempotencyKeys.Replay replay) throws IOException {
        response.setStatus(replay.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (replay.contentType() != null) {
            response.setContentType(replay.contentType());
        }
        if (replay.location() != null) {
            response.setHeader("Location", replay.location());
        }
        if (replay.body() != null) {
            response.getOutputStream().write(replay.body());
        }
    }

    private static byte[] hash(String method, String path, String query, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(
                    (method + " " + path + "?" + (query == null ? "" : query) + "\n").getBytes(StandardCharsets.UTF_8));
            return digest.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read (for the hash), readable again by the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
