package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.API_KEYS;
import static io.switchboard.db.Tables.CUSTOM_ROLES;
import static io.switchboard.db.Tables.USERS;
import static io.switchboard.db.Tables.USER_INVITATIONS;

import io.switchboard.shared.EntityNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names of users, invitations, roles and API keys for other modules' pages. */
@Component
class IdentityNames implements EntityNames {

    private final DSLContext db;

    IdentityNames(DSLContext db) {
        this.db = db;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of("users", "user_invitations", "custom_roles", "api_keys");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Named> names(String entityType, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> keys = EntityNames.uuids(ids);
        return switch (entityType) {
            case "users" -> EntityNames.linked(rows(USERS.ID, USERS.NAME, keys, DSL.trueCondition()), id -> "/users");
            case "user_invitations" -> invitations(keys);
            case "custom_roles" ->
                EntityNames.linked(rows(CUSTOM_ROLES.ID, CUSTOM_ROLES.NAME, keys, DSL.trueCondition()), id -> "/roles");
            case "api_keys" ->
                EntityNames.linked(rows(API_KEYS.ID, API_KEYS.NAME, keys, DSL.trueCondition()), id -> "/api-keys");
            default -> Map.of();
        };
    }

    /** "sam@acme.example as Agent": who was invited, and to do what. */
    private Map<String, Named> invitations(List<UUID> keys) {
        Map<String, Named> names = new HashMap<>();
        if (!keys.isEmpty()) {
            db.select(USER_INVITATIONS.ID, USERS.EMAIL, USERS.ROLE)
                    .from(USER_INVITATIONS)
                    .join(USERS)
                    .on(USERS.ID.eq(USER_INVITATIONS.USER_ID))
                    .where(USER_INVITATIONS.ID.in(keys))
                    .forEach(r -> names.put(
                            r.value1().toString(), new Named(r.value2() + " as " + role(r.value3()), "/users")));
        }
        return names;
    }

    private static String role(String code) {
        String words = code.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private Map<UUID, String> rows(
            TableField<?, UUID> id, TableField<?, String> name, List<UUID> keys, Condition live) {
        return db.select(id, name)
                .from(id.getTable())
                .where(id.in(keys))
                .and(live)
                .fetchMap(id, name);
    }
}
