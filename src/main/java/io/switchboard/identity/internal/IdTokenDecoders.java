package io.switchboard.identity.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.stereotype.Component;

/**
 * ID-token decoders from Spring's {@link OidcIdTokenDecoderFactory} (signature from the provider's
 * keys, issuer, audience, expiry), kept per provider and client rather than per registration id as
 * Spring's factory does: an organization's registration id stays the same when its admin switches
 * to another provider, and a decoder of the old one must not check the new one's tokens.
 */
@Component
class IdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

    private final Map<Key, JwtDecoder> decoders = new ConcurrentHashMap<>();

    private record Key(String issuer, String jwkSetUri, String clientId) {}

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        var provider = registration.getProviderDetails();
        Key key = new Key(String.valueOf(provider.getIssuerUri()), provider.getJwkSetUri(), registration.getClientId());
        return decoders.computeIfAbsent(key, k -> new OidcIdTokenDecoderFactory().createDecoder(registration));
    }
}
