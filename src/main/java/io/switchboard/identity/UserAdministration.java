package io.switchboard.identity;

import io.switchboard.shared.Conflict;
import io.switchboard.shared.Forbidden;

/**
 * Who may change whose access. An administrator may only hand out roles whose permissions they
 * hold, never changes their own role or status, and the organization always keeps an active admin.
 */
public final class UserAdministration {

    private UserAdministration() {}

    public static void checkAccessChange(
            AuthenticatedUser actor, User target, Role newRole, UserStatus newStatus, int otherActiveAdmins) {
        if (actor.id().equals(target.id())) {
            throw new Forbidden("self_access_change", "you cannot change your own role or status");
        }
        if (!actor.role().mayAssign(target.role()) || !actor.role().mayAssign(newRole)) {
            throw new Forbidden("role_not_assignable", "your role cannot manage a user with role " + newRole);
        }
        boolean removesAdmin = target.role() == Role.ADMIN
                && target.status() == UserStatus.ACTIVE
                && (newRole != Role.ADMIN || newStatus != UserStatus.ACTIVE);
        if (removesAdmin && otherActiveAdmins == 0) {
            throw new Conflict("last_admin", "the organization must keep at least one active admin");
        }
    }
}
