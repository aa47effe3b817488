package io.switchboard.identity.internal;

import io.switchboard.shared.OutboundHttp;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.stereotype.Component;

/**
 * Spring Security's {@code oauth2Login} in the console's filter chain: {@code /sign-in/oidc/{org}}
 * sends the browser to the organization's provider (authorization code, PKCE, nonce), and
 * {@code /sign-in/oidc/{org}/callback} exchanges the code and validates the ID token. Spring's
 * authentication is only a first factor: the request is then forwarded to the console's single
 * sign-on page, which applies Switchboard's own rules (which user, allowlist, 2FA) and issues
 * Switchboard's tokens. No provider token is kept.
 */
@Component
public class SingleSignOnLogin {

    public static final String START = "/sign-in/oidc";
    public static final String FINISH = "/sign-in/sso/finish";
    public static final String FAILED = "/sign-in/sso/failed";
    /** Request attributes the forwarded request carries: the authentication, or the failure. */
    public static final String AUTHENTICATION = SingleSignOnLogin.class.getName() + ".authentication";

    public static final String FAILURE = SingleSignOnLogin.class.getName() + ".failure";
    /** The attribute of the authorization request that remembers where to go after signing in. */
    public static final String NEXT = "next";

    private final OrganizationClientRegistrations registrations;
    private final SignedAuthorizationRequests requests;
    private final OutboundHttp outbound;

    SingleSignOnLogin(
            OrganizationClientRegistrations registrations,
            SignedAuthorizationRequests requests,
            OutboundHttp outbound) {
        this.registrations = registrations;
        this.requests = requests;
        this.outbound = outbound;
    }

    HttpSecurity configure(HttpSecurity http) throws Exception {
        return http.oauth2Login(login -> login.clientRegistrationRepository(registrations)
                .authorizedClientRepository(new NothingKept())
                .authorizationEndpoint(a -> a.baseUri(START)
                        .authorizationRequestResolver(new Resolver(registrations))
                        .authorizationRequestRepository(requests))
                .redirectionEndpoint(r -> r.baseUri(START + "/*/callback"))
                .tokenEndpoint(t -> t.accessTokenResponseClient(tokenClient()))
                // Our own sign-in page: no generated one.
                .loginPage("/sign-in")
                .successHandler((request, response, authentication) -> {
                    // Not a Switchboard sign-in yet: the page forwarded to decides, and issues the tokens.
                    SecurityContextHolder.clearContext();
                    forward(request, response, FINISH, AUTHENTICATION, authentication);
                })
                .failureHandler((request, response, failure) -> forward(request, response, FAILED, FAILURE, failure))
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // By default a provider that cannot be reached at the start answers 500.
                        filter.setAuthenticationFailureHandler(
                                (request, response, failure) -> forward(request, response, FAILED, FAILURE, failure));
                        return filter;
                    }
                }));
    }

    private RestClientAuthorizationCodeTokenResponseClient tokenClient() {
        var client = new RestClientAuthorizationCodeTokenResponseClient();
        // A browser waits on the code exchange: a provider that hangs fails the sign-in within seconds.
        client.setRestClient(outbound.builder(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .messageConverters(
                        List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }

    private static void forward(
            HttpServletRequest request, HttpServletResponse response, String path, String attribute, Object value)
            throws IOException, ServletException {
        request.setAttribute(attribute, value);
        request.getRequestDispatcher(path).forward(request, response);
    }

    /**
     * Spring's resolver, plus: an unknown organization is left to the console (404), and the page
     * to return to rides along in the signed authorization request.
     */
    private record Resolver(OrganizationClientRegistrations registrations, OAuth2AuthorizationRequestResolver spring)
            implements OAuth2AuthorizationRequestResolver {

        Resolver(OrganizationClientRegistrations registrations) {
            this(registrations, new DefaultOAuth2AuthorizationRequestResolver(registrations, START));
        }

        @Override
        public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (!path.startsWith(START + "/") || path.indexOf('/', START.length() + 1) >= 0) {
                return null;
            }
            return resolve(request, path.substring(START.length() + 1));
        }

        @Override
        public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
            if (registrations.findByRegistrationId(registrationId) == null) {
                return null;
            }
            OAuth2AuthorizationRequest resolved = spring.resolve(request, registrationId);
            String next = request.getParameter(NEXT);
            return resolved == null || next == null
                    ? resolved
                    : OAuth2AuthorizationRequest.from(resolved)
                            .attributes(a -> a.put(NEXT, next))
                            .build();
        }
    }

    /** Switchboard signs in with the ID token and issues its own tokens; the provider's are not kept. */
    private static final class NothingKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(
                String clientRegistrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient authorizedClient,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String clientRegistrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}
