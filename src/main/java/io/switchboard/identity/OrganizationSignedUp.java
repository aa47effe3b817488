package io.switchboard.identity;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.UUID;

/**
 * Someone signed up: a new organization with its first admin. Published inside the sign-up's
 * transaction, so a listener that runs synchronously (an {@code @EventListener}) completes the new
 * organization atomically with it.
 *
 * @param selfService signed up on their own rather than created by the install (the demo's and the
 *     platform operator's organizations): such an organization is given what it needs to try a call
 *     at once (billing's starting grant, telephony's test agent)
 */
public record OrganizationSignedUp(UUID organizationId, UserId adminId, String adminEmail, boolean selfService)
        implements TenantEvent {}
