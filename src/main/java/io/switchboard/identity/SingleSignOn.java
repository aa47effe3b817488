package io.switchboard.identity;

import io.switchboard.identity.internal.ExternalIdentities;
import io.switchboard.identity.internal.OrganizationClientRegistrations;
import io.switchboard.identity.internal.SingleSignOnConfigs;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.Unauthorized;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in through an organization's own OpenID Connect provider, once Spring Security has run the
 * authorization-code flow and validated the ID token. An identity maps to a user of THAT
 * organization by the provider's subject once linked; the first time, by its e-mail address, which
 * the provider must assert as verified ({@code email_verified}) and which must belong to an
 * existing, active user of the organization: single sign-on never creates accounts. What follows is
 * the same as after a password: the IP allowlist, then 2FA (or enrolment) if the user has or needs it.
 */
@Service
public class SingleSignOn {

    private final SingleSignOnConfigs configs;
    private final ExternalIdentities identities;
    private final Users users;
    private final SignInChallenges challenges;
    private final SignInGuard guard;
    private final TransactionTemplate tx;

    SingleSignOn(
            SingleSignOnConfigs configs,
            ExternalIdentities identities,
            Users users,
            SignInChallenges challenges,
            SignInGuard guard,
            TransactionTemplate tx) {
        this.configs = configs;
        this.identities = identities;
        this.users = users;
        this.challenges = challenges;
        this.guard = guard;
        this.tx = tx;
    }

    /** What the provider's validated ID token says about the person. */
    public record Identity(String subject, @Nullable String email, boolean emailVerified) {}

    /**
     * The registration id of the organization an organization id, an e-mail address or its domain
     * names, if exactly one organization with single sign-on on answers to it.
     */
    public Optional<String> registrationFor(String organization) {
        String key = organization.strip().toLowerCase(Locale.ROOT);
        key = key.substring(key.lastIndexOf('@') + 1);
        if (key.isEmpty() || key.length() > 253) {
            return Optional.empty();
        }
        String lookup = key;
        List<OrganizationId> found = tx.execute(status -> configs.lookup(lookup));
        return found != null && found.size() == 1 ? Optional.of(found.getFirst().toString()) : Optional.empty();
    }

    public SignInResult complete(String registrationId, Identity identity, ClientInfo client) {
        OrganizationId organization =
                OrganizationClientRegistrations.organization(registrationId).orElseThrow(SingleSignOn::failed);
        if (!identity.emailVerified() || identity.email() == null) {
            throw new Unauthorized("sso_email_unverified", "the provider does not confirm your e-mail address");
        }
        String email = Accounts.normalizeEmail(identity.email());
        var linked = tx.execute(status -> identities.lookup(registrationId, identity.subject()));
        boolean link = linked == null || linked.isEmpty();
        Users.SignInTarget user = link ? byEmail(organization, email) : linked.get();
        return TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    SingleSignOnConfigs.Config config = configs.current()
                            .filter(SingleSignOnConfigs.Config::enabled)
                            .orElseThrow(SingleSignOn::failed);
                    if (!config.allows(email)) {
                        throw new Unauthorized(
                                "sso_domain_not_allowed",
                                "your organization does not allow single sign-on for " + email);
                    }
                    var record = users.findRecord(user.user()).orElseThrow(SingleSignOn::failed);
                    User account = users.toUser(record);
                    if (!account.isActive()) {
                        throw new Unauthorized("account_inactive", "this account is " + account.status());
                    }
                    guard.checkAddressAllowed(user.user(), email, client);
                    if (link) {
                        identities.link(user.user(), registrationId, identity.subject(), email);
                    } else {
                        identities.touch(registrationId, identity.subject());
                    }
                    return challenges.afterFirstFactor(
                            record,
                            client,
                            "oidc:" + URI.create(config.issuerUri()).getHost());
                }));
    }

    /** The first time: the user of the verified address, who must belong to the provider's organization. */
    private Users.SignInTarget byEmail(OrganizationId organization, String email) {
        var target = tx.execute(status -> users.lookup(email));
        if (target == null || target.isEmpty() || !target.get().organization().equals(organization)) {
            throw new Unauthorized(
                    "sso_no_account",
                    "no Switchboard account of this organization uses " + email + "; ask your admin for an invitation");
        }
        return target.get();
    }

    static Unauthorized failed() {
        return new Unauthorized("sso_failed", "the sign-in did not complete; start again");
    }
}
