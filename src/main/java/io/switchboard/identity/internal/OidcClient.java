package io.switchboard.identity.internal;

import io.switchboard.shared.OutboundHttp;
import io.switchboard.shared.Unauthorized;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestOperations;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The authorization-code flow with PKCE against an OpenID Connect provider: discovery (cached per
 * provider, fetched on first use), the authorization URL, the code exchange, and the ID token's
 * validation (signature from the provider's JWKS, issuer, audience, expiry).
 */
@Component
public class OidcClient {

    private final OidcProperties properties;
    private final RestClient http;
    private final RestOperations keys;
    private final Map<String, Discovery> discovered = new ConcurrentHashMap<>();

    OidcClient(OidcProperties properties, OutboundHttp outbound) {
        this.properties = properties;
        // A browser waits on the token exchange: a provider that hangs fails the sign-in within seconds.
        this.http = outbound.client(Duration.ofSeconds(5), Duration.ofSeconds(10));
        this.keys = outbound.restOperations(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    public record Discovery(String issuer, String authorizationEndpoint, String tokenEndpoint, JwtDecoder decoder) {}

    /** What the ID token says about the person. */
    public record Identity(String subject, String email, boolean emailVerified, String nonce) {}

    public OidcProperties.Provider provider(String id) {
        var provider = properties.providers().get(id);
        if (provider == null) {
            throw new io.switchboard.shared.NotFound("sign-in provider", id);
        }
        return provider;
    }

    public URI authorizationUrl(String providerId, String redirectUri, String state, String nonce, String challenge) {
        var provider = provider(providerId);
        return UriComponentsBuilder.fromUriString(discovery(providerId).authorizationEndpoint())
                .queryParam("response_type", "code")
                .queryParam("client_id", provider.clientId())
                .queryParam("redirect_uri", redirectUri)
                .queryParam("scope", provider.scopes())
                .queryParam("state", state)
                .queryParam("nonce", nonce)
                .queryParam("code_challenge", challenge)
                .queryParam("code_challenge_method", "S256")
                .encode()
                .build()
                .toUri();
    }

    public Identity exchange(String providerId, String code, String verifier, String redirectUri) {
        var provider = provider(providerId);
        var discovery = discovery(providerId);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("redirect_uri", redirectUri);
        form.add("code_verifier", verifier);
        try {
            JsonNode answer = http.post()
                    .uri(discovery.tokenEndpoint())
                    .headers(h -> h.setBasicAuth(provider.clientId(), provider.clientSecret()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(JsonNode.class);
            String idToken = answer == null ? "" : answer.path("id_token").asString("");
            Jwt jwt = discovery.decoder().decode(idToken);
            return new Identity(
                    jwt.getSubject(),
                    String.valueOf(jwt.getClaimAsString("email")),
                    Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")),
                    String.valueOf(jwt.getClaimAsString("nonce")));
        } catch (RestClientException | JwtException e) {
            throw new Unauthorized("sso_failed", "the sign-in provider's answer could not be verified");
        }
    }

    private Discovery discovery(String providerId) {
        return discovered.computeIfAbsent(providerId, id -> discover(provider(id)));
    }

    private Discovery discover(OidcProperties.Provider provider) {
        String issuer = provider.issuerUri().replaceAll("/+$", "");
        JsonNode document;
        try {
            document = http.get()
                    .uri(issuer + "/.well-known/openid-configuration")
                    .retrieve()
                    .body(JsonNode.class);
        } catch (RestClientException e) {
            throw new Unauthorized("sso_unavailable", "the sign-in provider cannot be reached; try again later");
        }
        if (document == null
                || !issuer.equals(document.path("issuer").asString("").replaceAll("/+$", ""))) {
            throw new Unauthorized(
                    "sso_unavailable", "the sign-in provider's discovery document does not match its issuer");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                        document.path("jwks_uri").asString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(keys)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(document.path("issuer").asString()),
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(provider.clientId())
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(
                                new OAuth2Error("invalid_token", "wrong audience", null))));
        return new Discovery(
                document.path("issuer").asString(),
                document.path("authorization_endpoint").asString(),
                document.path("token_endpoint").asString(),
                decoder);
    }
}
