package io.switchboard.identity;

import io.switchboard.identity.internal.CustomRoleStore;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.Ids;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.RecordReach;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custom roles beside the built-in ones. Nobody creates, changes or hands out a role with a
 * permission they do not hold themselves, and admins always keep their built-in powers (a custom
 * role goes only to users whose built-in role is below admin).
 */
@Service
public class CustomRoles {

    private final CustomRoleStore roles;
    private final Users users;
    private final ApplicationEventPublisher events;

    CustomRoles(CustomRoleStore roles, Users users, ApplicationEventPublisher events) {
        this.roles = roles;
        this.users = users;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<CustomRole> list() {
        return roles.list();
    }

    @Transactional(readOnly = true)
    public CustomRole get(UUID id) {
        return roles.find(id).orElseThrow(() -> new NotFound("role", id));
    }

    @Transactional
    public CustomRole create(
            String name,
            @Nullable String description,
            Set<Permission> permissions,
            RoleReach reach,
            AuthenticatedUser actor) {
        checkGrantable(permissions, actor);
        checkGrantable(reach);
        UUID id = Ids.next();
        roles.insert(id, name(name), description, permissions, reach);
        return get(id);
    }

    @Transactional
    public CustomRole update(
            UUID id,
            @Nullable String name,
            @Nullable String description,
            @Nullable Set<Permission> permissions,
            @Nullable RoleReach reach,
            AuthenticatedUser actor) {
        CustomRole current = get(id);
        checkGrantable(current.permissions(), actor);
        Set<Permission> next = permissions == null ? current.permissions() : permissions;
        checkGrantable(next, actor);
        RoleReach nextReach = reach == null ? current.reach() : reach;
        checkGrantable(nextReach);
        roles.update(
                id,
                name == null ? current.name() : name(name),
                description == null ? current.description() : description,
                next,
                nextReach);
        if (!next.equals(current.permissions()) || !nextReach.equals(current.reach())) {
            events.publishEvent(new CustomRolePermissionsChanged(
                    TenantContext.require().value(), CustomRoleId.of(id), Set.copyOf(next), actor.id()));
        }
        return get(id);
    }

    @Transactional
    public void delete(UUID id, AuthenticatedUser actor) {
        checkGrantable(get(id).permissions(), actor);
        if (roles.holders(id) > 0) {
            throw new Conflict("role_in_use", "users still hold this role; give them another role first");
        }
        roles.delete(id);
    }

    /** Gives a user a custom role, or with {@code null} returns them to their built-in role. */
    @Transactional
    public User assign(UserId userId, @Nullable UUID roleId, AuthenticatedUser actor) {
        User user = users.find(userId).orElseThrow(() -> new NotFound("user", userId));
        if (actor.id().equals(userId)) {
            throw new Forbidden("self_access_change", "you cannot change your own role or status");
        }
        if (user.role() == Role.ADMIN || user.role() == Role.SUPER_ADMIN) {
            throw new Conflict("admin_keeps_built_in_role", "admins keep their built-in role; change the role first");
        }
        if (user.customRoleId() != null) {
            checkGrantable(get(user.customRoleId()).permissions(), actor);
        }
        if (roleId != null) {
            checkGrantable(
                    roles.find(roleId)
                            .orElseThrow(() -> new InvalidInput(
                                    "custom_role_id", "unknown_role", "is not a role of this organization"))
                            .permissions(),
                    actor);
        }
        roles.assign(userId, roleId);
        if (!java.util.Objects.equals(user.customRoleId(), roleId)) {
            events.publishEvent(new CustomRoleAssigned(
                    TenantContext.require().value(),
                    userId,
                    roleId == null ? null : CustomRoleId.of(roleId),
                    actor.id()));
        }
        return users.find(userId).orElseThrow();
    }

    private static void checkGrantable(Set<Permission> permissions, AuthenticatedUser actor) {
        if (permissions.contains(Permission.PLATFORM_ADMIN)
                || !actor.permissions().containsAll(permissions)) {
            throw new Forbidden(
                    "permission_not_grantable",
                    "a role may only hold permissions you hold yourself (never platform:admin)");
        }
    }

    /** Nobody hands out a wider reach than their own (a request's caller: jobs and the demo reach all). */
    private static void checkGrantable(RoleReach reach) {
        RecordReach.current()
                .filter(mine -> !new RoleReach(mine.leads(), mine.calls(), mine.tasks()).covers(reach))
                .ifPresent(mine -> {
                    throw new Forbidden("reach_not_grantable", "a role may only reach as far as you reach yourself");
                });
    }

    private static String name(String name) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInput("name", "invalid_length", "must be 1 to 100 characters");
        }
        return trimmed;
    }
}
