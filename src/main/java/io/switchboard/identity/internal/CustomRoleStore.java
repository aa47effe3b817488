package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.CUSTOM_ROLES;
import static io.switchboard.db.Tables.USERS;

import io.switchboard.db.tables.records.CustomRolesRecord;
import io.switchboard.identity.CustomRole;
import io.switchboard.identity.Permission;
import io.switchboard.identity.RoleReach;
import io.switchboard.shared.Reach;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class CustomRoleStore {

    private final DSLContext db;

    CustomRoleStore(DSLContext db) {
        this.db = db;
    }

    public List<CustomRole> list() {
        return db.selectFrom(CUSTOM_ROLES).orderBy(CUSTOM_ROLES.NAME).fetch(CustomRoleStore::toRole);
    }

    public Optional<CustomRole> find(UUID id) {
        return db.selectFrom(CUSTOM_ROLES).where(CUSTOM_ROLES.ID.eq(id)).fetchOptional(CustomRoleStore::toRole);
    }

    public void insert(
            UUID id, String name, @Nullable String description, Set<Permission> permissions, RoleReach reach) {
        db.insertInto(CUSTOM_ROLES)
                .set(CUSTOM_ROLES.ORGANIZATION_ID, TenantContext.require().value())
                .set(CUSTOM_ROLES.ID, id)
                .set(CUSTOM_ROLES.NAME, name)
                .set(CUSTOM_ROLES.DESCRIPTION, description)
                .set(CUSTOM_ROLES.PERMISSIONS, codes(permissions))
                .set(CUSTOM_ROLES.LEAD_REACH, reach.leads().toString())
                .set(CUSTOM_ROLES.CALL_REACH, reach.calls().toString())
                .set(CUSTOM_ROLES.TASK_REACH, reach.tasks().toString())
                .execute();
    }

    public void update(
            UUID id, String name, @Nullable String description, Set<Permission> permissions, RoleReach reach) {
        db.update(CUSTOM_ROLES)
                .set(CUSTOM_ROLES.NAME, name)
                .set(CUSTOM_ROLES.DESCRIPTION, description)
                .set(CUSTOM_ROLES.PERMISSIONS, codes(permissions))
                .set(CUSTOM_ROLES.LEAD_REACH, reach.leads().toString())
                .set(CUSTOM_ROLES.CALL_REACH, reach.calls().toString())
                .set(CUSTOM_ROLES.TASK_REACH, reach.tasks().toString())
                .where(CUSTOM_ROLES.ID.eq(id))
                .execute();
    }

    public void delete(UUID id) {
        db.deleteFrom(CUSTOM_ROLES).where(CUSTOM_ROLES.ID.eq(id)).execute();
    }

    public int holders(UUID id) {
        return db.fetchCount(USERS, USERS.CUSTOM_ROLE_ID.eq(id));
    }

    public void assign(UserId user, @Nullable UUID role) {
        db.update(USERS)
                .set(USERS.CUSTOM_ROLE_ID, role)
                .where(USERS.ID.eq(user.value()))
                .execute();
    }

    static String[] codes(Set<Permission> permissions) {
        return permissions.stream().map(Permission::code).sorted().toArray(String[]::new);
    }

    /** Permission codes as stored; codes no longer known are ignored. */
    public static Set<Permission> permissions(String @Nullable [] codes) {
        Set<Permission> result = EnumSet.noneOf(Permission.class);
        if (codes != null) {
            Arrays.stream(codes)
                    .map(Permission::fromCode)
                    .flatMap(Optional::stream)
                    .forEach(result::add);
        }
        return result;
    }

    private static CustomRole toRole(CustomRolesRecord r) {
        return new CustomRole(
                r.getId(),
                r.getName(),
                r.getDescription(),
                permissions(r.getPermissions()),
                new RoleReach(
                        Reach.fromCode(r.getLeadReach()),
                        Reach.fromCode(r.getCallReach()),
                        Reach.fromCode(r.getTaskReach())),
                r.getCreatedAt().toInstant());
    }
}
