package io.switchboard.identity;

import io.switchboard.identity.internal.AccessTokens;
import io.switchboard.identity.internal.Permissions;
import io.switchboard.identity.internal.Reaches;
import io.switchboard.identity.internal.Sessions;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.RecordReach;
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
    private final AccessCache cache;
    private final Reaches reaches;

    Authenticator(
            AccessTokens accessTokens,
            Sessions sessions,
            Users users,
            Permissions permissions,
            ApiKeys apiKeys,
            SignInGuard guard,
            TransactionTemplate tx,
            AccessCache cache,
            Reaches reaches) {
        this.cache = cache;
        this.reaches = reaches;
        this.accessTokens = accessTokens;
        this.sessions = sessions;
        this.users = users;
        this.permissions = permissions;
        this.apiKeys = apiKeys;
        this.guard = guard;
        this.tx = tx;
    }

    /**
     * The caller behind an access token: its signature and expiry checked, then its session's access,
     * remembered for a few seconds ({@link AccessCache}); a client address the remembered allowlist
     * refuses is checked (and reported) against the database.
     */
    public Optional<AuthenticatedUser> accessToken(String token, ClientInfo client) {
        return accessTokens.verify(token).flatMap(claims -> {
            AccessCache.Access known = cache.get(claims.session());
            if (known != null
                    && known.user().id().equals(claims.user())
                    && known.allowlist().allows(client.ipAddress())) {
                return Optional.of(until(known.user(), claims.expiresAt()));
            }
            long generation = cache.generation();
            return inTenant(claims.organization(), () -> load(claims, client)).map(access -> {
                cache.put(claims.session(), access, generation);
                return access.user();
            });
        });
    }

    /** A session's access from the database, in its organization's transaction. */
    private Optional<AccessCache.Access> load(AccessTokens.AccessClaims claims, ClientInfo client) {
        return sessions.activeUser(claims.user(), claims.session()).map(u -> {
            IpAllowlist allowlist = guard.allowlist();
            guard.checkAddressAllowed(allowlist, claims.user(), u.getEmail(), client);
            AuthenticatedUser user = new AuthenticatedUser(
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
            return new AccessCache.Access(user, allowlist, reaches.of(user));
        });
    }

    private static AuthenticatedUser until(AuthenticatedUser user, java.time.Instant validUntil) {
        return new AuthenticatedUser(
                user.id(),
                user.organizationId(),
                user.homeOrganizationId(),
                user.email(),
                user.name(),
                user.role(),
                user.permissions(),
                user.sessionId(),
                user.viaApiKey(),
                validUntil);
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

    /**
     * How far the caller reaches among leads, calls and tasks: as remembered with their session's
     * access ({@link AccessCache}), else as of now (API keys, a super admin acting elsewhere).
     */
    public RecordReach reachOf(AuthenticatedUser caller) {
        AccessCache.Access known =
                caller.viaApiKey() || !caller.organizationId().equals(caller.homeOrganizationId())
                        ? null
                        : cache.get(caller.sessionId());
        if (known != null && known.user().id().equals(caller.id())) {
            return known.reach();
        }
        return TenantContext.callAs(caller.organizationId(), () -> tx.execute(status -> reaches.of(caller)));
    }

    private <T> Optional<T> inTenant(OrganizationId organization, java.util.function.Supplier<Optional<T>> work) {
        Optional<T> result = TenantContext.callAs(organization, () -> tx.execute(status -> work.get()));
        return result == null ? Optional.empty() : result;
    }
}
