package io.switchboard.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the authorization request of a sign-in under way (state, nonce, PKCE verifier, where to go
 * afterwards) in a signed, expiring, HttpOnly cookie instead of a server session: the console is
 * stateless, and the provider's answer may reach any node. Only the browser that started the
 * sign-in has it, so a callback URL replayed elsewhere finds nothing and is refused.
 */
@Component
public class SignedAuthorizationRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final String COOKIE = "SB_SSO";
    /** The request attribute that carries the request taken back, for the steps after sign-in. */
    public static final String TAKEN = SignedAuthorizationRequests.class.getName() + ".taken";

    private static final Duration TTL = Duration.ofMinutes(10);

    private final SignedState signedState;
    private final JsonMapper json;

    SignedAuthorizationRequests(SignedState signedState, JsonMapper json) {
        this.signedState = signedState;
        this.json = json;
    }

    record Stored(
            String authorizationUri,
            String clientId,
            String redirectUri,
            Set<String> scopes,
            String state,
            Map<String, String> parameters,
            Map<String, String> attributes,
            String requestUri) {}

    @Override
    public @Nullable OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        return AuthCookies.read(request, COOKIE)
                .flatMap(signedState::open)
                .map(this::read)
                .orElse(null);
    }

    @Override
    public void saveAuthorizationRequest(
            @Nullable OAuth2AuthorizationRequest authorizationRequest,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (authorizationRequest == null) {
            AuthCookies.set(request, response, COOKIE, "", Duration.ZERO);
            return;
        }
        var stored = new Stored(
                authorizationRequest.getAuthorizationUri(),
                authorizationRequest.getClientId(),
                authorizationRequest.getRedirectUri(),
                authorizationRequest.getScopes(),
                authorizationRequest.getState(),
                strings(authorizationRequest.getAdditionalParameters()),
                strings(authorizationRequest.getAttributes()),
                authorizationRequest.getAuthorizationRequestUri());
        AuthCookies.set(request, response, COOKIE, signedState.seal(json.writeValueAsString(stored), TTL), TTL);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest removeAuthorizationRequest(
            HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizationRequest taken = loadAuthorizationRequest(request);
        AuthCookies.set(request, response, COOKIE, "", Duration.ZERO);
        if (taken != null) {
            request.setAttribute(TAKEN, taken);
        }
        return taken;
    }

    private @Nullable OAuth2AuthorizationRequest read(String value) {
        Stored stored;
        try {
            stored = json.readValue(value, Stored.class);
        } catch (JacksonException e) {
            return null;
        }
        return OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri(stored.authorizationUri())
                .clientId(stored.clientId())
                .redirectUri(stored.redirectUri())
                .scopes(stored.scopes())
                .state(stored.state())
                .additionalParameters(p -> p.putAll(stored.parameters()))
                .attributes(a -> a.putAll(stored.attributes()))
                .authorizationRequestUri(stored.requestUri())
                .build();
    }

    private static Map<String, String> strings(Map<String, Object> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, String.valueOf(v)));
        return copy;
    }
}
