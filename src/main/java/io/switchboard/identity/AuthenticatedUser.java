package io.switchboard.identity;

import io.switchboard.shared.Forbidden;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The caller of the current request.
 *
 * @param organizationId the organization the request acts in: the user's own, or for a platform
 *     super admin the one chosen with the organization switcher
 * @param homeOrganizationId the organization the user belongs to
 * @param permissions what the request may do: the role's (or custom role's) permissions, and for an
 *     API key only those of its scopes its creator still holds
 * @param sessionId the session (refresh-token family), or for an API key the key's id
 * @param viaApiKey whether the request authenticated with an API key rather than a session
 * @param validUntil until when the presented credential holds without being checked again: the
 *     access token's expiry; for an API key its expiry or, for a rotated-out secret, the end of its
 *     grace period ({@link Instant#MAX} when neither). Whatever outlives the request (a live
 *     stream) must be checked again by then.
 */
public record AuthenticatedUser(
        UserId id,
        OrganizationId organizationId,
        OrganizationId homeOrganizationId,
        String email,
        String name,
        Role role,
        Set<Permission> permissions,
        UUID sessionId,
        boolean viaApiKey,
        Instant validUntil) {

    /** A caller that holds no live connection (the demo loader, tests): checked only as it acts. */
    public AuthenticatedUser(
            UserId id,
            OrganizationId organizationId,
            OrganizationId homeOrganizationId,
            String email,
            String name,
            Role role,
            Set<Permission> permissions,
            UUID sessionId) {
        this(id, organizationId, homeOrganizationId, email, name, role, permissions, sessionId, false, Instant.MAX);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean isSuperAdmin() {
        return role == Role.SUPER_ADMIN;
    }

    public AuthenticatedUser actingIn(OrganizationId organization) {
        return new AuthenticatedUser(
                id, organization, homeOrganizationId, email, name, role, permissions, sessionId, viaApiKey, validUntil);
    }

    /** Account and session management need a signed-in person, never an API key. */
    public void requireSession() {
        if (viaApiKey) {
            throw notForApiKeys();
        }
    }

    /** The one answer to an API key that tries to manage accounts, whatever its scopes. */
    public static Forbidden notForApiKeys() {
        return new Forbidden(
                "not_for_api_keys",
                "users, roles, sessions, API keys and security settings are managed by a signed-in person,"
                        + " never with an API key");
    }
}
