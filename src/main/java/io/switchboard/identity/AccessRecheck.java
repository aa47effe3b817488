package io.switchboard.identity;

import io.switchboard.db.tables.records.UsersRecord;
import io.switchboard.identity.internal.AccessTokens;
import io.switchboard.identity.internal.ApiKeyStore;
import io.switchboard.identity.internal.Permissions;
import io.switchboard.identity.internal.SecuritySettingsStore;
import io.switchboard.identity.internal.Sessions;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks again, for connections held open longer than a request (live streams), what let their
 * caller in: the session is still live (not ended, not expired) or the API key is, the user is
 * active, the address is still allowed; and answers the caller with the permissions it has now. A
 * batch costs a few queries per organization, however many connections it holds.
 */
@Service
public class AccessRecheck {

    /** A caller holding a connection, and the address it connected from. */
    public record Holder(AuthenticatedUser caller, ClientInfo client) {}

    private final Sessions sessions;
    private final ApiKeyStore keys;
    private final Permissions permissions;
    private final SecuritySettingsStore settings;
    private final AccessTokens accessTokens;
    private final TransactionTemplate tx;
    private final Clock clock;

    AccessRecheck(
            Sessions sessions,
            ApiKeyStore keys,
            Permissions permissions,
            SecuritySettingsStore settings,
            AccessTokens accessTokens,
            TransactionTemplate tx,
            Clock clock) {
        this.sessions = sessions;
        this.keys = keys;
        this.permissions = permissions;
        this.settings = settings;
        this.accessTokens = accessTokens;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * When a connection must be checked again: when its credential stops holding, and at the latest
     * one access-token lifetime from now (an API key does not expire by itself).
     */
    public Instant nextCheck(AuthenticatedUser caller) {
        Instant latest = clock.instant().plus(accessTokens.ttl());
        return caller.validUntil().isBefore(latest) ? caller.validUntil() : latest;
    }

    /**
     * The holders still allowed, each with its caller as of now: current role and permissions, and
     * for a session a validity renewed by one access-token lifetime (as a refreshed token would
     * be). Holders no longer allowed are absent.
     */
    public Map<Holder, AuthenticatedUser> recheck(Collection<Holder> holders) {
        Map<Holder, AuthenticatedUser> allowed = new HashMap<>();
        holders.stream()
                .collect(Collectors.groupingBy(h -> h.caller().homeOrganizationId()))
                .forEach((organization, group) -> allowed.putAll(inOrganization(organization, group)));
        return allowed;
    }

    private Map<Holder, AuthenticatedUser> inOrganization(OrganizationId organization, List<Holder> holders) {
        Map<Holder, AuthenticatedUser> allowed = TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    Map<UUID, UsersRecord> bySession = sessions.activeUsers(credentials(holders, false));
                    Map<UUID, ApiKeyStore.LiveKey> byKey = keys.live(credentials(holders, true));
                    IpAllowlist allowlist = settings.current().ipAllowlist();
                    Function<UsersRecord, Set<Permission>> permissionsOf = permissions.ofMany();
                    Instant now = clock.instant();
                    Map<Holder, AuthenticatedUser> stillAllowed = new HashMap<>();
                    for (Holder holder : holders) {
                        AuthenticatedUser fresh =
                                allowlist.allows(holder.client().ipAddress())
                                        ? current(holder.caller(), bySession, byKey, permissionsOf, now)
                                        : null;
                        if (fresh != null) {
                            stillAllowed.put(holder, fresh);
                        }
                    }
                    return stillAllowed;
                }));
        return allowed == null ? Map.of() : allowed;
    }

    private @Nullable AuthenticatedUser current(
            AuthenticatedUser caller,
            Map<UUID, UsersRecord> bySession,
            Map<UUID, ApiKeyStore.LiveKey> byKey,
            Function<UsersRecord, Set<Permission>> permissionsOf,
            Instant now) {
        UsersRecord user;
        Set<Permission> granted;
        Instant validUntil;
        if (caller.viaApiKey()) {
            ApiKeyStore.LiveKey key = byKey.get(caller.sessionId());
            if (key == null || !caller.validUntil().isAfter(now)) {
                return null;
            }
            user = key.creator();
            granted = ApiKeys.effective(key.key().getScopes(), permissionsOf.apply(user));
            validUntil = caller.validUntil();
        } else {
            user = bySession.get(caller.sessionId());
            if (user == null) {
                return null;
            }
            granted = permissionsOf.apply(user);
            validUntil = now.plus(accessTokens.ttl());
        }
        Role role = Role.fromCode(user.getRole());
        boolean actsElsewhere = !caller.organizationId().equals(caller.homeOrganizationId());
        if (!user.getId().equals(caller.id().value()) || (actsElsewhere && role != Role.SUPER_ADMIN)) {
            return null;
        }
        return new AuthenticatedUser(
                caller.id(),
                caller.organizationId(),
                caller.homeOrganizationId(),
                user.getEmail(),
                user.getName(),
                role,
                granted,
                caller.sessionId(),
                caller.viaApiKey(),
                validUntil);
    }

    private static Set<UUID> credentials(List<Holder> holders, boolean apiKeys) {
        return holders.stream()
                .filter(h -> h.caller().viaApiKey() == apiKeys)
                .map(h -> h.caller().sessionId())
                .collect(Collectors.toSet());
    }
}
