package io.switchboard.identity.internal;

import io.switchboard.db.tables.records.UsersRecord;
import io.switchboard.identity.Permission;
import io.switchboard.identity.Role;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A user's effective permissions: their custom role's if they hold one, else their built-in role's. */
@Component
public class Permissions {

    private final CustomRoleStore roles;

    Permissions(CustomRoleStore roles) {
        this.roles = roles;
    }

    public Set<Permission> of(UsersRecord user) {
        if (user.getCustomRoleId() != null) {
            return roles.find(user.getCustomRoleId()).map(r -> r.permissions()).orElse(Set.of());
        }
        return Role.fromCode(user.getRole()).permissions();
    }
}
