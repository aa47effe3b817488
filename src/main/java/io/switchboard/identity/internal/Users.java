package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.SIGN_IN_LOOKUP;
import static io.switchboard.db.Tables.USERS;

import io.switchboard.db.tables.records.UsersRecord;
import io.switchboard.identity.Role;
import io.switchboard.identity.User;
import io.switchboard.identity.UserStatus;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Users of the current organization (row-level security scopes every query). */
@Repository
public class Users {

    private final DSLContext db;
    private final JsonMapper json;

    Users(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Which organization and user an e-mail address belongs to, across organizations. */
    public Optional<SignInTarget> lookup(String email) {
        return db.selectFrom(SIGN_IN_LOOKUP.call(email))
                .fetchOptional()
                .map(r -> new SignInTarget(OrganizationId.of(r.getOrganizationId()), UserId.of(r.getUserId())));
    }

    public Optional<User> find(UserId id) {
        return db.selectFrom(USERS)
                .where(USERS.ID.eq(id.value()))
                .fetchOptional()
                .map(this::toUser);
    }

    /** Of the given users, those with a phone on their profile, in one round trip. */
    public List<UUID> withPhone(Collection<UUID> ids) {
        return db.select(USERS.ID)
                .from(USERS)
                .where(
                        USERS.ID.in(ids),
                        USERS.PHONE.isNotNull(),
                        DSL.trim(USERS.PHONE).ne(""))
                .fetch(USERS.ID);
    }

    public Optional<UsersRecord> findRecord(UserId id) {
        return db.selectFrom(USERS).where(USERS.ID.eq(id.value())).fetchOptional();
    }

    public List<User> list(
            @Nullable Role role, @Nullable UserStatus status, @Nullable String q, @Nullable UUID after, int limit) {
        List<Condition> where = new ArrayList<>();
        if (role != null) {
            where.add(USERS.ROLE.eq(role.toString()));
        }
        if (status != null) {
            where.add(USERS.STATUS.eq(status.toString()));
        }
        if (q != null && !q.isBlank()) {
            String pattern = "%" + q.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(DSL.lower(USERS.NAME).like(pattern).or(USERS.EMAIL.like(pattern)));
        }
        if (after != null) {
            where.add(USERS.ID.gt(after));
        }
        return db.selectFrom(USERS)
                .where(where)
                .orderBy(USERS.ID)
                .limit(limit + 1)
                .fetch(this::toUser);
    }

    public int countActive() {
        return db.fetchCount(USERS, USERS.STATUS.eq(UserStatus.ACTIVE.toString()));
    }

    public int countActiveWithRole(Role role) {
        return db.fetchCount(USERS, USERS.STATUS.eq("active").and(USERS.ROLE.eq(role.toString())));
    }

    public void insert(NewUser user) {
        db.insertInto(USERS)
                .set(USERS.ORGANIZATION_ID, TenantContext.require().value())
                .set(USERS.ID, user.id().value())
                .set(USERS.EMAIL, user.email())
                .set(USERS.NAME, user.name())
                .set(USERS.PASSWORD_HASH, user.passwordHash())
                .set(USERS.ROLE, user.role().toString())
                .set(USERS.STATUS, user.status().toString())
                .set(USERS.TIMEZONE, user.timezone())
                .execute();
    }

    public void update(UsersRecord record) {
        db.executeUpdate(record);
    }

    public UsersRecord newRecord() {
        return db.newRecord(USERS);
    }

    public void recordSignIn(UserId id) {
        db.update(USERS)
                .set(USERS.LAST_LOGIN_AT, DSL.currentOffsetDateTime())
                .where(USERS.ID.eq(id.value()))
                .execute();
    }

    public User toUser(UsersRecord r) {
        return new User(
                UserId.of(r.getId()),
                OrganizationId.of(r.getOrganizationId()),
                r.getEmail(),
                r.getName(),
                Role.fromCode(r.getRole()),
                UserStatus.fromCode(r.getStatus()),
                r.getTimezone(),
                readPreferences(r.getPreferences()),
                r.getAvatarUrl(),
                r.getPhone(),
                instant(r.getEmailVerifiedAt()),
                instant(r.getLastLoginAt()),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant(),
                r.getCustomRoleId());
    }

    public JSONB writePreferences(Map<String, Object> preferences) {
        return JSONB.valueOf(json.writeValueAsString(preferences));
    }

    private Map<String, Object> readPreferences(@Nullable JSONB value) {
        if (value == null) {
            return Map.of();
        }
        return json.readValue(value.data(), new TypeReference<Map<String, Object>>() {});
    }

    public static @Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public record SignInTarget(OrganizationId organization, UserId user) {}

    public record NewUser(
            UserId id,
            String email,
            String name,
            @Nullable String passwordHash,
            Role role,
            UserStatus status,
            @Nullable String timezone) {}
}
