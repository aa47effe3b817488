package io.switchboard.identity.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * External OpenID Connect providers, configured per deployment, e.g.
 * {@code switchboard.identity.oidc.providers.google.issuer-uri=https://accounts.google.com}.
 */
@ConfigurationProperties("switchboard.identity.oidc")
public record OidcProperties(@DefaultValue Map<String, Provider> providers) {

    public record Provider(
            String issuerUri,
            String clientId,
            String clientSecret,
            @DefaultValue("") String displayName,
            @DefaultValue("openid email profile") String scopes) {}
}
