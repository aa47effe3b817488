package io.switchboard.tenancy.internal;

import static io.switchboard.db.Tables.IDEMPOTENCY_KEYS;

import io.switchboard.db.tables.records.IdempotencyKeysRecord;
import io.switchboard.shared.TenantContext;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Answers kept for writes sent with an {@code Idempotency-Key}. */
@Repository
class IdempotencyKeys {

    static final int KEEP_HOURS = 24;
    static final int ABANDONED_AFTER_SECONDS = 60;

    private final DSLContext db;

    IdempotencyKeys(DSLContext db) {
        this.db = db;
    }

    sealed interface Outcome {}

    record Started() implements Outcome {}

    record Replay(int status, @Nullable String contentType, @Nullable String location, byte @Nullable [] body)
            implements Outcome {}

    record InProgress() implements Outcome {}

    record Mismatch() implements Outcome {}

    /** Claims the key for this request, or says how an earlier request with it went. */
    Outcome begin(String principal, String key, String method, String path, byte[] hash) {
        db.deleteFrom(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.PRINCIPAL.eq(principal).and(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key)))
                .and(IDEMPOTENCY_KEYS.CREATED_AT.lt(OffsetDateTime.now().minusHours(KEEP_HOURS)))
                .execute();
        int inserted = db.insertInto(IDEMPOTENCY_KEYS)
                .set(IDEMPOTENCY_KEYS.ORGANIZATION_ID, TenantContext.require().value())
                .set(IDEMPOTENCY_KEYS.PRINCIPAL, principal)
                .set(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY, key)
                .set(IDEMPOTENCY_KEYS.METHOD, method)
                .set(IDEMPOTENCY_KEYS.PATH, path)
                .set(IDEMPOTENCY_KEYS.REQUEST_HASH, hash)
                .onConflictDoNothing()
                .execute();
        if (inserted == 1) {
            return new Started();
        }
        IdempotencyKeysRecord earlier = find(principal, key).orElseThrow();
        if (!MessageDigest.isEqual(earlier.getRequestHash(), hash)) {
            return new Mismatch();
        }
        if ("completed".equals(earlier.getState())) {
            return new Replay(
                    earlier.getStatusCode(), earlier.getContentType(), earlier.getLocation(), earlier.getBody());
        }
        if (earlier.getUpdatedAt().isAfter(OffsetDateTime.now().minusSeconds(ABANDONED_AFTER_SECONDS))) {
            return new InProgress();
        }
        earlier.setUpdatedAt(OffsetDateTime.now()); // the first attempt died: this one takes over
        earlier.store();
        return new Started();
    }

    void complete(
            String principal,
            String key,
            int status,
            @Nullable String contentType,
            @Nullable String location,
            byte[] body) {
        db.update(IDEMPOTENCY_KEYS)
                .set(IDEMPOTENCY_KEYS.STATE, "completed")
                .set(IDEMPOTENCY_KEYS.STATUS_CODE, status)
                .set(IDEMPOTENCY_KEYS.CONTENT_TYPE, contentType)
                .set(IDEMPOTENCY_KEYS.LOCATION, location)
                .set(IDEMPOTENCY_KEYS.BODY, body)
                .where(IDEMPOTENCY_KEYS.PRINCIPAL.eq(principal).and(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key)))
                .execute();
    }

    /** A server error is not an answer worth replaying: the client may retry with the same key. */
    void abandon(String principal, String key) {
        db.deleteFrom(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.PRINCIPAL.eq(principal).and(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key)))
                .execute();
    }

    private Optional<IdempotencyKeysRecord> find(String principal, String key) {
        return db.selectFrom(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.PRINCIPAL.eq(principal).and(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key)))
                .forUpdate()
                .fetchOptional();
    }
}
