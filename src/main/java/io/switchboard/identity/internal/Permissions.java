package io.switchboard.identity.internal;

import io.switchboard.db.tables.records.UsersRecord;
import io.switchboard.identity.CustomRole;
import io.switchboard.identity.Permission;
import io.switchboard.identity.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** A user's effective permissions: their custom role's if they hold one, else their built-in role's. */
@Component
public class Permissions {

    private final CustomRoleStore roles;

    Permissions(CustomRoleStore roles) {
        this.roles = roles;
    }

    public Set<Permission> of(UsersRecord user) {
        return of(user, this::customRole);
    }

    /** {@link #of} for many users of one organization: each custom role is read once. */
    public Function<UsersRecord, Set<Permission>> ofMany() {
        Map<UUID, Set<Permission>> read = new HashMap<>();
        return user -> of(user, role -> read.computeIfAbsent(role, this::customRole));
    }

    private static Set<Permission> of(UsersRecord user, Function<UUID, Set<Permission>> customRole) {
        if (user.getCustomRoleId() != null) {
            return customRole.apply(user.getCustomRoleId());
        }
        return Role.fromCode(user.getRole()).permissions();
    }

    private Set<Permission> customRole(UUID id) {
        return roles.find(id).map(CustomRole::permissions).orElse(Set.of());
    }
}
