package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.API_KEYS;
import static io.switchboard.db.Tables.USERS;

import io.switchboard.db.tables.records.ApiKeysRecord;
import io.switchboard.db.tables.records.UsersRecord;
import io.switchboard.identity.ApiKey;
import io.switchboard.identity.Permission;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** API keys of the current organization; secrets only as SHA-256 hashes. */
@Repository
public class ApiKeyStore {

    private final DSLContext db;

    ApiKeyStore(DSLContext db) {
        this.db = db;
    }

    public void insert(
            UUID id,
            String name,
            String prefix,
            byte[] hash,
            Set<Permission> scopes,
            UserId createdBy,
            @Nullable Instant expiresAt) {
        db.insertInto(API_KEYS)
                .set(API_KEYS.ORGANIZATION_ID, TenantContext.require().value())
                .set(API_KEYS.ID, id)
                .set(API_KEYS.NAME, name)
                .set(API_KEYS.PREFIX, prefix)
                .set(API_KEYS.SECRET_HASH, hash)
                .set(API_KEYS.SCOPES, CustomRoleStore.codes(scopes))
                .set(API_KEYS.CREATED_BY, createdBy.value())
                .set(API_KEYS.EXPIRES_AT, expiresAt == null ? null : Users.utc(expiresAt))
                .execute();
    }

    public List<ApiKey> list(@Nullable UUID after, int limit) {
        return db.select(API_KEYS.fields())
                .select(USERS.NAME)
                .from(API_KEYS)
                .join(USERS)
                .on(USERS.ORGANIZATION_ID.eq(API_KEYS.ORGANIZATION_ID).and(USERS.ID.eq(API_KEYS.CREATED_BY)))
                .where(after == null ? DSL.noCondition() : API_KEYS.ID.gt(after))
                .orderBy(API_KEYS.ID)
                .limit(limit + 1)
                .fetch(ApiKeyStore::toKey);
    }

    public Optional<ApiKey> find(UUID id) {
        return db.select(API_KEYS.fields())
                .select(USERS.NAME)
                .from(API_KEYS)
                .join(USERS)
                .on(USERS.ORGANIZATION_ID.eq(API_KEYS.ORGANIZATION_ID).and(USERS.ID.eq(API_KEYS.CREATED_BY)))
                .where(API_KEYS.ID.eq(id))
                .fetchOptional(ApiKeyStore::toKey);
    }

    /** The live key a secret belongs to: its current secret, or its previous one within the grace period. */
    public Optional<ApiKeysRecord> findBySecret(byte[] hash) {
        return db.selectFrom(API_KEYS)
                .where(API_KEYS.SECRET_HASH
                        .eq(hash)
                        .or(API_KEYS.PREVIOUS_SECRET_HASH
                                .eq(hash)
                                .and(API_KEYS.PREVIOUS_VALID_UNTIL.gt(DSL.currentOffsetDateTime()))))
                .and(API_KEYS.REVOKED_AT.isNull())
                .and(API_KEYS.EXPIRES_AT.isNull().or(API_KEYS.EXPIRES_AT.gt(DSL.currentOffsetDateTime())))
                .fetchOptional();
    }

    public void rotate(UUID id, String prefix, byte[] hash, Instant graceUntil) {
        db.update(API_KEYS)
                .set(API_KEYS.PREVIOUS_PREFIX, API_KEYS.PREFIX)
                .set(API_KEYS.PREVIOUS_SECRET_HASH, API_KEYS.SECRET_HASH)
                .set(API_KEYS.PREVIOUS_VALID_UNTIL, Users.utc(graceUntil))
                .set(API_KEYS.PREFIX, prefix)
                .set(API_KEYS.SECRET_HASH, hash)
                .where(API_KEYS.ID.eq(id))
                .execute();
    }

    /** Revokes a key; false when it already was. */
    public boolean revoke(UUID id) {
        return db.update(API_KEYS)
                        .set(API_KEYS.REVOKED_AT, DSL.currentOffsetDateTime())
                        .set(API_KEYS.PREVIOUS_SECRET_HASH, (byte[]) null)
                        .set(API_KEYS.PREVIOUS_VALID_UNTIL, (java.time.OffsetDateTime) null)
                        .where(API_KEYS.ID.eq(id).and(API_KEYS.REVOKED_AT.isNull()))
                        .execute()
                == 1;
    }

    /** A live key and its active creator. */
    public record LiveKey(ApiKeysRecord key, UsersRecord creator) {}

    /** Those of the keys that are live (neither revoked nor expired) and whose creator is active, by id. */
    public Map<UUID, LiveKey> live(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.select(API_KEYS.fields())
                .select(USERS.fields())
                .from(API_KEYS)
                .join(USERS)
                .on(USERS.ORGANIZATION_ID.eq(API_KEYS.ORGANIZATION_ID).and(USERS.ID.eq(API_KEYS.CREATED_BY)))
                .where(API_KEYS.ID.in(ids))
                .and(API_KEYS.REVOKED_AT.isNull())
                .and(API_KEYS.EXPIRES_AT.isNull().or(API_KEYS.EXPIRES_AT.gt(DSL.currentOffsetDateTime())))
                .and(USERS.STATUS.eq("active"))
                .fetchMap(API_KEYS.ID, r -> new LiveKey(r.into(API_KEYS), r.into(USERS)));
    }

    /** Notes a use, at most once a minute per key (so busy keys do not write on every request). */
    public void touch(UUID id, @Nullable String ip, Instant unlessUsedSince) {
        db.update(API_KEYS)
                .set(API_KEYS.LAST_USED_AT, DSL.currentOffsetDateTime())
                .set(API_KEYS.LAST_USED_IP, ip == null || ip.length() > 64 ? null : ip)
                .where(API_KEYS.ID.eq(id))
                .and(API_KEYS.LAST_USED_AT.isNull().or(API_KEYS.LAST_USED_AT.lt(Users.utc(unlessUsedSince))))
                .execute();
    }

    private static ApiKey toKey(Record r) {
        return new ApiKey(
                r.get(API_KEYS.ID),
                r.get(API_KEYS.NAME),
                r.get(API_KEYS.PREFIX),
                CustomRoleStore.permissions(r.get(API_KEYS.SCOPES)),
                UserId.of(r.get(API_KEYS.CREATED_BY)),
                r.get(USERS.NAME),
                r.get(API_KEYS.CREATED_AT).toInstant(),
                Users.instant(r.get(API_KEYS.EXPIRES_AT)),
                Users.instant(r.get(API_KEYS.LAST_USED_AT)),
                Users.instant(r.get(API_KEYS.REVOKED_AT)),
                r.get(API_KEYS.PREVIOUS_PREFIX),
                Users.instant(r.get(API_KEYS.PREVIOUS_VALID_UNTIL)));
    }
}
