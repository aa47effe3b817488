package io.switchboard.identity.internal;

import io.switchboard.identity.Accounts;
import io.switchboard.identity.Authenticator;
import io.switchboard.shared.ProblemResponses;
import io.switchboard.shared.StaticAssets;
import io.switchboard.tenancy.OrganizationManagement;
import jakarta.servlet.DispatcherType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless and reads bearer tokens only; the
 * console reads HttpOnly cookies and checks CSRF tokens on every form and htmx request. Both
 * require authentication on every real route except sign-up/sign-in, and answer unknown routes
 * 404. Permissions are checked per endpoint with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The console's content security policy: its own scripts only, images and recordings also from
     * https (providers' recordings), live updates over WebSocket, never framed.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:;"
            + " media-src 'self' https:; style-src 'self' 'unsafe-inline'; script-src 'self';"
            + " connect-src 'self' ws: wss:; frame-ancestors 'none'";

    static final String[] PUBLIC_API = {
        "/api/v1/auth/signup",
        "/api/v1/auth/login",
        "/api/v1/auth/refresh",
        "/api/v1/auth/invitations/accept",
        "/api/v1/auth/2fa/verify",
        "/api/v1/auth/2fa/enrol",
        "/api/v1/auth/2fa/enrol/confirm",
        "/api/v1/auth/verify-email",
        "/api/v1/auth/password-reset",
        "/api/v1/auth/password-reset/complete"
    };
    static final String[] PUBLIC_CONSOLE = {
        "/sign-in",
        "/sign-in/**",
        "/sign-up",
        "/forgot-password",
        "/reset-password/**",
        "/verify-email/**",
        "/invitations/**",
        "/actuator/health/**",
        "/actuator/health",
        "/actuator/prometheus",
        "/actuator/info",
        "/v3/api-docs/**",
        "/v3/api-docs",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/swagger-ui",
        "/problems/**"
    };
    static final String WEBHOOKS = "/api/v1/webhooks/**";
    static final String INTAKE = "/api/v1/intake/**";

    /**
     * No observation of the security filters themselves: with their observations switched off in the
     * configuration (management.observations.enable.spring.security), each of the ~15 filters was
     * still wrapped in a decorator that looked the switch up on every request. Request metrics
     * (http.server.requests) measure the whole request, these included.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // OWASP's Argon2id baseline: 19 MiB, 2 iterations, 1 lane.
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    /**
     * Static files are the same for everyone and need no user: a chain of their own with none of the
     * token, session, security-context, CSRF or request-cache filters, only the content-type-options
     * header (a browser must not guess a script from a stylesheet).
     */
    @Bean
    @Order(-1)
    SecurityFilterChain staticAssets(HttpSecurity http) throws Exception {
        withoutUsers(http.securityMatcher(StaticAssets.PATTERNS))
                .headers(h -> h.defaultsDisabled().contentTypeOptions(Customizer.withDefaults()));
        return http.build();
    }

    /**
     * Provider webhooks carry no user: each is checked against its provider's signature by the
     * telephony module. A chain of its own keeps the per-request work of this hot path small (no
     * token, session, security-context, header or CSRF filters: a provider's callback carries no
     * user and its answer is read by no browser); its rate limits are its own.
     */
    @Bean
    @Order(0)
    SecurityFilterChain webhooks(HttpSecurity http, IdentityProperties properties, ProblemResponses problems)
            throws Exception {
        withoutUsers(http.securityMatcher(WEBHOOKS))
                .addFilterBefore(new WebhookRateLimitFilter(properties, problems), AuthorizationFilter.class)
                .headers(h -> h.disable());
        return http.build();
    }

    /**
     * A chain for requests that carry no user and keep no state: none of the session, security
     * context, CSRF, login, logout, anonymous or request-cache filters; everything is let through.
     */
    private static HttpSecurity withoutUsers(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.disable())
                .securityContext(c -> c.disable())
                .servletApi(a -> a.disable())
                .exceptionHandling(e -> e.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            Accounts accounts,
            Authenticator authenticator,
            OrganizationManagement organizations,
            ProblemResponses problems,
            IdentityProperties properties,
            KnownRoutes knownRoutes,
            AccountManagementRoutes accountManagement)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(
                        new TokenAuthenticationFilter(
                                accounts, authenticator, organizations, problems, properties, accountManagement, true),
                        AnonymousAuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter(properties, problems), TokenAuthenticationFilter.class)
                // An async dispatch (a live stream ending) belongs to a request authorized already; it
                // carries no credentials, and denying it only logs an error on a committed response.
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_API)
                        .permitAll()
                        .requestMatchers(WEBHOOKS, INTAKE)
                        .permitAll()
                        .requestMatchers(knownRoutes)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problems.write(
                                request,
                                response,
                                ProblemResponses.of(
                                        HttpStatus.UNAUTHORIZED,
                                        "unauthenticated",
                                        "Unauthorized",
                                        "sign in and send 'Authorization: Bearer <access token>'")))
                        .accessDeniedHandler((request, response, ex) -> problems.write(
                                request,
                                response,
                                ProblemResponses.of(
                                        HttpStatus.FORBIDDEN,
                                        "permission_denied",
                                        "Forbidden",
                                        "your role or API key scopes do not allow this action"))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(
            HttpSecurity http,
            Accounts accounts,
            Authenticator authenticator,
            OrganizationManagement organizations,
            ProblemResponses problems,
            IdentityProperties properties,
            KnownRoutes knownRoutes,
            AccountManagementRoutes accountManagement,
            SingleSignOnLogin singleSignOn)
            throws Exception {
        // Plain (not XOR-masked) tokens: htmx echoes the token of the page's <meta> in a header.
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        singleSignOn
                .configure(http)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless: every request "authenticates" again, so the session strategy must not
                // rotate the token each time. It is rotated once, at sign-in (SignInPages).
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .csrfTokenRequestHandler(csrfHandler)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .addFilterBefore(
                        new TokenAuthenticationFilter(
                                accounts, authenticator, organizations, problems, properties, accountManagement, false),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(
                                DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers(PUBLIC_CONSOLE)
                        .permitAll()
                        .requestMatchers(knownRoutes)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    String target = request.getRequestURI()
                            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                    String location = "/sign-in?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
                    if ("true".equals(request.getHeader("HX-Request"))) {
                        response.setHeader("HX-Redirect", location);
                        response.setStatus(HttpStatus.UNAUTHORIZED.value());
                    } else {
                        response.sendRedirect(location);
                    }
                }));
        return http.build();
    }
}
