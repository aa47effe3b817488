package io.switchboard.identity;

import io.switchboard.identity.internal.ExternalIdentities;
import io.switchboard.identity.internal.OidcClient;
import io.switchboard.identity.internal.OidcProperties;
import io.switchboard.identity.internal.SignedState;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.Unauthorized;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in through an external OpenID Connect provider (authorization code + PKCE). An identity maps
 * to a user by the provider's subject once linked; the first time, by its e-mail address, which the
 * provider must assert as verified ({@code email_verified}) and which must belong to an existing,
 * active user: single sign-on never creates accounts or organizations. What follows is the same as
 * after a password: the IP allowlist, then 2FA (or enrolment) if the user has or needs it.
 */
@Service
public class SingleSignOn {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration STATE_TTL = Duration.ofMinutes(10);

    private final OidcClient oidc;
    private final OidcProperties properties;
    private final SignedState signedState;
    private final ExternalIdentities identities;
    private final Users users;
    private final SignInChallenges challenges;
    private final SignInGuard guard;
    private final TransactionTemplate tx;

    SingleSignOn(
            OidcClient oidc,
            OidcProperties properties,
            SignedState signedState,
            ExternalIdentities identities,
            Users users,
            SignInChallenges challenges,
            SignInGuard guard,
            TransactionTemplate tx) {
        this.oidc = oidc;
        this.properties = properties;
        this.signedState = signedState;
        this.identities = identities;
        this.users = users;
        this.challenges = challenges;
        this.guard = guard;
        this.tx = tx;
    }

    public record Provider(String id, String displayName) {}

    /** Where to send the browser, and the sealed state it must bring back (a cookie). */
    public record Start(URI redirect, String state) {}

    public record Completion(SignInResult result, String next) {}

    public List<Provider> providers() {
        return properties.providers().entrySet().stream()
                .map(e -> new Provider(
                        e.getKey(),
                        e.getValue().displayName().isBlank()
                                ? e.getKey()
                                : e.getValue().displayName()))
                .sorted(java.util.Comparator.comparing(Provider::displayName))
                .toList();
    }

    public Start start(String providerId, String redirectUri, String next) {
        oidc.provider(providerId);
        String state = random();
        String nonce = random();
        String verifier = random();
        URI redirect = oidc.authorizationUrl(providerId, redirectUri, state, nonce, challenge(verifier));
        String sealed = signedState.seal(String.join("|", providerId, state, nonce, verifier, next), STATE_TTL);
        return new Start(redirect, sealed);
    }

    public Completion complete(
            String providerId, String code, String state, String sealedState, String redirectUri, ClientInfo client) {
        String[] saved =
                signedState.open(sealedState).map(s -> s.split("\\|", 5)).orElseThrow(SingleSignOn::failed);
        if (saved.length != 5
                || !saved[0].equals(providerId)
                || !MessageDigest.isEqual(bytes(saved[1]), bytes(state))) {
            throw failed();
        }
        var identity = oidc.exchange(providerId, code, saved[3], redirectUri);
        if (!MessageDigest.isEqual(bytes(saved[2]), bytes(identity.nonce()))) {
            throw failed();
        }
        if (!identity.emailVerified()) {
            throw new Unauthorized("sso_email_unverified", "the provider does not confirm your e-mail address");
        }
        String email = Accounts.normalizeEmail(identity.email());
        var linked = tx.execute(status -> identities.lookup(providerId, identity.subject()));
        var target = linked != null && linked.isPresent() ? linked : tx.execute(status -> users.lookup(email));
        if (target == null || target.isEmpty()) {
            throw new Unauthorized(
                    "sso_no_account", "no Switchboard account uses " + email + "; ask your admin for an invitation");
        }
        boolean link = linked == null || linked.isEmpty();
        SignInResult result = TenantContext.callAs(
                target.get().organization(),
                () -> tx.execute(status -> {
                    var user = users.findRecord(target.get().user()).orElseThrow(SingleSignOn::failed);
                    if (!UserStatus.ACTIVE.toString().equals(user.getStatus())) {
                        throw new Unauthorized("account_inactive", "this account is " + user.getStatus());
                    }
                    guard.checkAddressAllowed(target.get().user(), email, client);
                    if (link) {
                        identities.link(target.get().user(), providerId, identity.subject(), email);
                    } else {
                        identities.touch(providerId, identity.subject());
                    }
                    return challenges.afterFirstFactor(user, client, "oidc:" + providerId);
                }));
        return new Completion(result, saved[4]);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static Unauthorized failed() {
        return new Unauthorized("sso_failed", "the sign-in did not complete; start again");
    }
}
