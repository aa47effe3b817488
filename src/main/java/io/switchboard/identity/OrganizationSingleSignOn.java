package io.switchboard.identity;

import io.switchboard.identity.internal.IdentityProperties;
import io.switchboard.identity.internal.OrganizationClientRegistrations;
import io.switchboard.identity.internal.SingleSignOnConfigs;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.SecretBox;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.Unauthorized;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organization's own single sign-on provider, set by its admins. The client secret is sealed
 * with the master key and bound to the organization. Changes land in the audit trail through the
 * table's trigger (the secret as a redacted value). A new issuer is checked before it is stored: its
 * discovery document must answer and match it. Switching to another issuer forgets every provider
 * account linked so far, since subjects are only unique within one provider.
 */
@Service
public class OrganizationSingleSignOn {

    private final SingleSignOnConfigs configs;
    private final OrganizationClientRegistrations registrations;
    private final SecretBox secrets;
    private final TransactionTemplate tx;
    private final IdentityProperties properties;

    OrganizationSingleSignOn(
            SingleSignOnConfigs configs,
            OrganizationClientRegistrations registrations,
            SecretBox secrets,
            TransactionTemplate tx,
            IdentityProperties properties) {
        this.properties = properties;
        this.configs = configs;
        this.registrations = registrations;
        this.secrets = secrets;
        this.tx = tx;
    }

    @Transactional(readOnly = true)
    public Optional<SingleSignOnSettings> current() {
        return configs.current().map(OrganizationSingleSignOn::view);
    }

    public SingleSignOnSettings save(SingleSignOnChange requested) {
        SingleSignOnChange change = requested.validated(properties.ssoLoopbackIssuers());
        OrganizationId organization = TenantContext.require();
        var before = tx.execute(status -> configs.current());
        if (change.clientSecret() == null && (before == null || before.isEmpty())) {
            throw new InvalidInput("client_secret", "client_secret_required", "required to set up single sign-on");
        }
        // Outside the transaction: the provider may take seconds to answer.
        discover(change.issuerUri());
        byte[] sealed = change.clientSecret() == null
                ? before.get().sealedSecret()
                : secrets.seal(change.clientSecret(), OrganizationClientRegistrations.secretContext(organization));
        var config = new SingleSignOnConfigs.Config(
                change.issuerUri(), change.clientId(), sealed, change.enabled(), change.allowedEmailDomains());
        tx.executeWithoutResult(status -> {
            configs.save(config);
            if (before.isPresent() && !before.get().issuerUri().equals(change.issuerUri())) {
                configs.unlinkIdentities(organization.toString());
            }
        });
        before.filter(b -> !b.issuerUri().equals(change.issuerUri()))
                .ifPresent(b -> registrations.forget(b.issuerUri()));
        return view(config);
    }

    public void delete() {
        OrganizationId organization = TenantContext.require();
        var removed = tx.execute(status -> {
            var before = configs.current();
            if (before.isPresent()) {
                configs.delete();
                configs.unlinkIdentities(organization.toString());
            }
            return before;
        });
        if (removed != null) {
            removed.ifPresent(b -> registrations.forget(b.issuerUri()));
        }
    }

    private void discover(String issuer) {
        try {
            registrations.refresh(issuer);
        } catch (Unauthorized e) {
            throw new InvalidInput(
                    "issuer_uri",
                    "issuer_unreachable",
                    "no OpenID Connect provider answers for this issuer (its /.well-known/openid-configuration)");
        }
    }

    private static SingleSignOnSettings view(SingleSignOnConfigs.Config config) {
        return new SingleSignOnSettings(
                config.issuerUri(), config.clientId(), true, config.enabled(), config.allowedEmailDomains());
    }
}
