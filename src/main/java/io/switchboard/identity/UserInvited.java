package io.switchboard.identity;

import io.switchboard.shared.TenantEvent;
import io.switchboard.shared.UserId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An admin invited someone; the invitation is pending. */
public record UserInvited(UUID organizationId, UserId userId, String email, Role role, @Nullable UserId invitedBy)
        implements TenantEvent {}
