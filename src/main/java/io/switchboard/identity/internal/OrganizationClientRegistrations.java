package io.switchboard.identity.internal;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.SecretBox;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.Unauthorized;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClientException;

/**
 * Spring Security's client registrations, one per organization with single sign-on on: the
 * registration id is the organization's id. Client id and secret are read from the organization's
 * row on every sign-in (so a change applies at once on every node); what the issuer's discovery
 * document says is cached per issuer for an hour, and fetched afresh whenever an admin saves it.
 */
@Component
public class OrganizationClientRegistrations implements ClientRegistrationRepository {

    static final String REDIRECT_URI = "{baseUrl}/sign-in/oidc/{registrationId}/callback";
    private static final Duration DISCOVERY_TTL = Duration.ofHours(1);

    private final SingleSignOnConfigs configs;
    private final SecretBox secrets;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

    OrganizationClientRegistrations(
            SingleSignOnConfigs configs, SecretBox secrets, TransactionTemplate tx, Clock clock) {
        this.configs = configs;
        this.secrets = secrets;
        this.tx = tx;
        this.clock = clock;
    }

    private record Discovered(ClientRegistration template, Instant until) {}

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        Optional<OrganizationId> organization = organization(registrationId);
        if (organization.isEmpty()) {
            return null;
        }
        SingleSignOnConfigs.Config config = TenantContext.callAs(
                organization.get(), () -> tx.execute(status -> configs.current().orElse(null)));
        if (config == null || !config.enabled()) {
            return null;
        }
        return ClientRegistration.withClientRegistration(discover(config.issuerUri()))
                .registrationId(registrationId)
                .clientId(config.clientId())
                .clientSecret(secrets.open(config.sealedSecret(), secretContext(organization.get())))
                .redirectUri(REDIRECT_URI)
                .scope("openid", "email", "profile")
                // PKCE even though the client has a secret: a stolen code is useless without the verifier.
                .clientSettings(ClientRegistration.ClientSettings.builder()
                        .requireProofKey(true)
                        .build())
                .build();
    }

    /**
     * Reads the issuer's discovery document now: a saved issuer that answers none is refused, and
     * a changed one is not served from the cache.
     */
    public void refresh(String issuer) {
        discovered.put(issuer, fetch(issuer));
    }

    public void forget(String issuer) {
        discovered.remove(issuer);
    }

    /** Binds a sealed client secret to its organization: copied to another row, it does not open. */
    public static String secretContext(OrganizationId organization) {
        return "organization-sso/" + organization + "/client-secret";
    }

    public static Optional<OrganizationId> organization(String registrationId) {
        try {
            UUID id = UUID.fromString(registrationId);
            // UUID.fromString accepts shortened forms; only the canonical spelling is a registration id.
            return id.toString().equals(registrationId) ? Optional.of(OrganizationId.of(id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private ClientRegistration discover(String issuer) {
        Discovered known = discovered.get(issuer);
        if (known == null || known.until().isBefore(clock.instant())) {
            known = fetch(issuer);
            discovered.put(issuer, known);
        }
        return known.template();
    }

    private Discovered fetch(String issuer) {
        try {
            ClientRegistration template = ClientRegistrations.fromIssuerLocation(issuer)
                    .clientId("discovered")
                    .build();
            return new Discovered(template, clock.instant().plus(DISCOVERY_TTL));
        } catch (IllegalArgumentException | IllegalStateException | RestClientException e) {
            throw new Unauthorized(
                    "sso_unavailable",
                    "the organization's sign-in provider cannot be reached or does not match its issuer");
        }
    }
}
