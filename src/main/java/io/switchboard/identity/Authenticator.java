package io.switchboard.identity;

import io.switchboard.identity.internal.AccessTokens;
import io.switchboard.identity.internal.Permissions;
import io.switchboard.identity.internal.Sessions;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a presented credential into the caller: an access token (its session must be live) or an
 * API key (live, its creator active). Both answer 403 from an address outside the organization's
 * allowlist. Permissions are the user's role's or custom role's; for a key only those of its
 * scopes its creator still holds.
 */
@Service
public class Authenticator {

    private final AccessTokens accessTokens;
    private final Sessions sessions;
    private final Users users;
    private final Permissions permissions;
    private final ApiKeys apiKeys;
    private final SignInGuard guard;
    private final TransactionTemplate tx;

    Authenticator(
            AccessTokens accessTokens,
            Sessions sessions,
            Users users,
            Permissions permissions,
            ApiKeys apiKeys,
            SignInGuard guard,
            TransactionTemplate tx) {
        this.accessTokens = accessTokens;
        this.sessions = sessions;
        this.users = users;
        this.permissions = permissions;
        this.apiKeys = apiKeys;
        this.guard = guard;
        this.tx = tx;
    }

    public Optional<AuthenticatedUser> accessToken(String token, ClientInfo client) {
        return accessTokens
                .verify(token)
                .flatMap(claims ->
                        inTenant(claims.organization(), () -> sessions.activeUser(claims.user(), claims.session())
                                .map(u -> {
                                    guard.checkAddressAllowed(claims.user(), u.getEmail(), client);
                                    return new AuthenticatedUser(
                                            claims.user(),
                                            claims.organization(),
                                            claims.organization(),
                                            u.getEmail(),
                                            u.getName(),
                                            Role.fromCode(u.getRole()),
                                            permissions.of(u),
                                            claims.session(),
                                            false,
                                            claims.expiresAt());
                                })));
    }

    public Optional<AuthenticatedUser> apiKey(String secret, ClientInfo client) {
        return ApiKeys.organizationOf(secret)
                .flatMap(organization -> inTenant(organization, () -> apiKeys.use(secret, client.ipAddress())
                        .flatMap(key -> users.findRecord(UserId.of(key.getCreatedBy()))
                                .filter(u -> UserStatus.ACTIVE.toString().equals(u.getStatus()))
                                .map(u -> {
                                    guard.checkAddressAllowed(UserId.of(u.getId()), u.getEmail(), client);
                                    return new AuthenticatedUser(
                                            UserId.of(u.getId()),
                                            organization,
                                            organization,
                                            u.getEmail(),
                                            u.getName(),
                                            Role.fromCode(u.getRole()),
                                            ApiKeys.effective(key.getScopes(), permissions.of(u)),
                                            key.getId(),
                                            true,
                                            ApiKeys.validUntil(key, secret));
                                }))));
    }

    private <T> Optional<T> inTenant(OrganizationId organization, java.util.function.Supplier<Optional<T>> work) {
        Optional<T> result = TenantContext.callAs(organization, () -> tx.execute(status -> work.get()));
        return result == null ? Optional.empty() : result;
    }
}
