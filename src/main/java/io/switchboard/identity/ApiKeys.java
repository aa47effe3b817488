package io.switchboard.identity;

import io.switchboard.db.tables.records.ApiKeysRecord;
import io.switchboard.identity.internal.ApiKeyStore;
import io.switchboard.identity.internal.CustomRoleStore;
import io.switchboard.identity.internal.IdentityProperties;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.Ids;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.OpaqueTokens;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys: {@code sk_} + an 8-character handle (shown as the key's prefix) + the organization id
 * and 32 random bytes. Only the SHA-256 hash is stored. A key's scopes are permission codes; it
 * never does more than its creator may do at the time of the request. Rotating issues a new secret
 * and keeps the previous one working for the grace period ({@code api-key-rotation-grace}, 24 hours).
 */
@Service
public class ApiKeys {

    static final String PREFIX = "sk_";
    static final int HANDLE_LENGTH = PREFIX.length() + 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyStore keys;
    private final IdentityProperties.Security properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiKeys(ApiKeyStore keys, IdentityProperties identity, ApplicationEventPublisher events, Clock clock) {
        this.keys = keys;
        this.properties = identity.security();
        this.events = events;
        this.clock = clock;
    }

    /** A new key and its secret, shown this once. */
    public record Issued(ApiKey key, String secret) {}

    @Transactional
    public Issued create(String name, List<String> scopeCodes, @Nullable Instant expiresAt, AuthenticatedUser actor) {
        actor.requireSession();
        Set<Permission> scopes = scopes(scopeCodes);
        if (!actor.permissions().containsAll(scopes) || scopes.contains(Permission.PLATFORM_ADMIN)) {
            throw new Forbidden("scope_not_grantable", "a key may only have scopes you hold yourself");
        }
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw new InvalidInput("expires_at", "invalid_expiry", "must be in the future");
        }
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInput("name", "invalid_length", "must be 1 to 100 characters");
        }
        UUID id = Ids.next();
        String secret = newSecret(TenantContext.require());
        keys.insert(id, trimmed, handle(secret), OpaqueTokens.hash(secret), scopes, actor.id(), expiresAt);
        return new Issued(get(id), secret);
    }

    @Transactional(readOnly = true)
    public CursorPage<ApiKey> list(@Nullable String cursor, @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        return CursorPage.of(keys.list(CursorPage.after(cursor), size), size, ApiKey::id);
    }

    @Transactional(readOnly = true)
    public ApiKey get(UUID id) {
        return keys.find(id).orElseThrow(() -> new NotFound("api key", id));
    }

    /** A new secret; the previous one keeps working for the grace period. */
    @Transactional
    public Issued rotate(UUID id, AuthenticatedUser actor) {
        ApiKey key = manageable(id, actor);
        if (!key.isActive(clock.instant())) {
            throw new io.switchboard.shared.Conflict("api_key_inactive", "a revoked or expired key cannot be rotated");
        }
        String secret = newSecret(TenantContext.require());
        keys.rotate(
                id, handle(secret), OpaqueTokens.hash(secret), clock.instant().plus(properties.apiKeyRotationGrace()));
        return new Issued(get(id), secret);
    }

    @Transactional
    public void revoke(UUID id, AuthenticatedUser actor) {
        manageable(id, actor);
        if (keys.revoke(id)) {
            events.publishEvent(new ApiKeyRevoked(TenantContext.require().value(), ApiKeyId.of(id), actor.id()));
        }
    }

    /** The organization a presented key belongs to, read from the key itself. */
    static Optional<OrganizationId> organizationOf(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() <= HANDLE_LENGTH) {
            return Optional.empty();
        }
        return OpaqueTokens.organizationOf(secret.substring(0, HANDLE_LENGTH), secret)
                .map(OrganizationId::new);
    }

    /** The live key behind a secret, in the current organization's transaction; notes its use. */
    Optional<ApiKeysRecord> use(String secret, @Nullable String ip) {
        var key = keys.findBySecret(OpaqueTokens.hash(secret));
        Instant aMinuteAgo = clock.instant().minusSeconds(60);
        key.filter(k -> k.getLastUsedAt() == null
                        || k.getLastUsedAt().toInstant().isBefore(aMinuteAgo))
                .ifPresent(k -> keys.touch(k.getId(), ip, aMinuteAgo));
        return key;
    }

    /**
     * Until when a presented secret holds: the key's expiry, and for the previous secret of a
     * rotated key the end of its grace period.
     */
    static Instant validUntil(ApiKeysRecord key, String secret) {
        Instant until =
                key.getExpiresAt() == null ? Instant.MAX : key.getExpiresAt().toInstant();
        if (key.getPreviousValidUntil() != null
                && !MessageDigest.isEqual(key.getSecretHash(), OpaqueTokens.hash(secret))) {
            Instant grace = key.getPreviousValidUntil().toInstant();
            until = grace.isBefore(until) ? grace : until;
        }
        return until;
    }

    /** Who may rotate or revoke: the key's creator, or someone who manages users. */
    private ApiKey manageable(UUID id, AuthenticatedUser actor) {
        actor.requireSession();
        ApiKey key = get(id);
        if (!key.createdBy().equals(actor.id()) && !actor.has(Permission.USERS_WRITE)) {
            throw new Forbidden("not_your_key", "only the key's creator or an admin may change it");
        }
        return key;
    }

    static Set<Permission> scopes(List<String> codes) {
        if (codes.isEmpty()) {
            throw new InvalidInput("scopes", "required", "name at least one scope");
        }
        Set<Permission> scopes = EnumSet.noneOf(Permission.class);
        for (String code : codes) {
            scopes.add(Permission.fromCode(code)
                    .orElseThrow(() ->
                            new InvalidInput("scopes", "invalid_scope", "'" + code + "' is not a permission code")));
        }
        return scopes;
    }

    static Set<Permission> effective(String[] scopes, Set<Permission> creator) {
        Set<Permission> result = CustomRoleStore.permissions(scopes);
        result.retainAll(creator);
        return result;
    }

    private static String newSecret(OrganizationId organization) {
        byte[] handle = new byte[6];
        RANDOM.nextBytes(handle);
        return OpaqueTokens.issue(
                PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(handle), organization.value());
    }

    private static String handle(String secret) {
        return secret.substring(0, HANDLE_LENGTH);
    }
}
