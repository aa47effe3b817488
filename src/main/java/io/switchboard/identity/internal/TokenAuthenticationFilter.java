package io.switchboard.identity.internal;

import io.switchboard.identity.Accounts;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Authenticator;
import io.switchboard.identity.ClientInfo;
import io.switchboard.identity.TokenPair;
import io.switchboard.shared.CallerContext;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.Problem;
import io.switchboard.shared.ProblemResponses;
import io.switchboard.shared.RecordReach;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.Unauthorized;
import io.switchboard.tenancy.OrganizationManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request from its bearer token or API key (API) or its cookies (console), then
 * binds the organization it acts in, and the caller for the audit trail, to the thread for the rest
 * of the request. A platform super admin may act in another organization ({@code X-Organization-Id}
 * header, or the console's switcher). An API key comes as {@code Authorization: Bearer sk_…} or
 * {@code X-Api-Key}.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    static final String ORGANIZATION_HEADER = "X-Organization-Id";
    static final String API_KEY_HEADER = "X-Api-Key";

    private final Accounts accounts;
    private final Authenticator authenticator;
    private final OrganizationManagement organizations;
    private final ProblemResponses problems;
    private final IdentityProperties properties;
    private final AccountManagementRoutes accountManagement;
    private final boolean api;

    TokenAuthenticationFilter(
            Accounts accounts,
            Authenticator authenticator,
            OrganizationManagement organizations,
            ProblemResponses problems,
            IdentityProperties properties,
            AccountManagementRoutes accountManagement,
            boolean api) {
        this.accounts = accounts;
        this.authenticator = authenticator;
        this.organizations = organizations;
        this.problems = problems;
        this.properties = properties;
        this.accountManagement = accountManagement;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClientInfo client = client(request);
        try (CallerContext.Scope anonymous =
                CallerContext.open(CallerContext.Caller.anonymous(client.ipAddress(), client.userAgent()))) {
            AuthenticatedUser caller;
            try {
                Optional<AuthenticatedUser> user =
                        api ? fromHeaders(request, client) : fromCookies(request, response, client);
                if (user.isEmpty()) {
                    chain.doFilter(request, response);
                    return;
                }
                caller = actingOrganization(request, response, user.get());
                if (accountManagement.refuses(caller, request)) {
                    throw AuthenticatedUser.notForApiKeys();
                }
            } catch (Unauthorized | Forbidden e) {
                problems.write(request, response, (Problem) e);
                return;
            }
            proceedAs(caller, request, response, chain);
        }
    }

    private void proceedAs(
            AuthenticatedUser caller, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolder.getContext().setAuthentication(new SwitchboardAuthentication(caller));
        MDC.put("user_id", caller.id().toString());
        MDC.put("organization_id", caller.organizationId().toString());
        var actor = CallerContext.current()
                .orElseThrow()
                .as(
                        caller.viaApiKey() ? "api_key" : "user",
                        caller.viaApiKey() ? caller.sessionId() : caller.id().value());
        try (CallerContext.Scope identified = CallerContext.open(actor);
                TenantContext.Scope tenant = TenantContext.open(caller.organizationId());
                CallerContext.Scope reach = RecordReach.open(authenticator.reachOf(caller))) {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("user_id");
            MDC.remove("organization_id");
        }
    }

    private Optional<AuthenticatedUser> fromHeaders(HttpServletRequest request, ClientInfo client) {
        String key = request.getHeader(API_KEY_HEADER);
        if (key != null && !key.isBlank()) {
            return authenticator.apiKey(key.trim(), client);
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        return token.startsWith("sk_") ? authenticator.apiKey(token, client) : authenticator.accessToken(token, client);
    }

    /** The console: a valid access cookie, or else a silent refresh with the refresh cookie. */
    private Optional<AuthenticatedUser> fromCookies(
            HttpServletRequest request, HttpServletResponse response, ClientInfo client) {
        Optional<AuthenticatedUser> user = AuthCookies.read(request, AuthCookies.ACCESS)
                .flatMap(token -> authenticator.accessToken(token, client));
        if (user.isPresent()) {
            return user;
        }
        Optional<String> refresh = AuthCookies.read(request, AuthCookies.REFRESH);
        if (refresh.isEmpty()) {
            return Optional.empty();
        }
        try {
            TokenPair tokens = accounts.refresh(refresh.get(), client);
            AuthCookies.write(request, response, tokens, properties.refreshTokenTtl());
            return authenticator.accessToken(tokens.accessToken(), client);
        } catch (Unauthorized e) {
            AuthCookies.clear(request, response);
            return Optional.empty();
        }
    }

    private AuthenticatedUser actingOrganization(
            HttpServletRequest request, HttpServletResponse response, AuthenticatedUser user) {
        String requested = api
                ? request.getHeader(ORGANIZATION_HEADER)
                : AuthCookies.read(request, AuthCookies.ORGANIZATION).orElse(null);
        OrganizationId target = parse(requested);
        if (target == null || target.equals(user.homeOrganizationId())) {
            return user;
        }
        if (!user.isSuperAdmin()) {
            if (!api) {
                AuthCookies.set(request, response, AuthCookies.ORGANIZATION, "", java.time.Duration.ZERO);
                return user;
            }
            throw new Forbidden(
                    "organization_forbidden", "only a platform super admin may act in another organization");
        }
        if (organizations.find(target).isEmpty()) {
            throw new Forbidden("organization_forbidden", "no such organization");
        }
        return user.actingIn(target);
    }

    private static @Nullable OrganizationId parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrganizationId.of(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static ClientInfo client(HttpServletRequest request) {
        return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
