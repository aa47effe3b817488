package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.TWO_FACTOR_CHALLENGES;
import static io.switchboard.db.Tables.USER_RECOVERY_CODES;
import static io.switchboard.db.Tables.USER_TOTP;

import io.switchboard.db.tables.records.TwoFactorChallengesRecord;
import io.switchboard.db.tables.records.UserTotpRecord;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** TOTP secrets (encrypted), recovery codes (hashed) and sign-in challenges (hashed). */
@Repository
public class TwoFactorStore {

    private final DSLContext db;

    TwoFactorStore(DSLContext db) {
        this.db = db;
    }

    public Optional<UserTotpRecord> totp(UserId user) {
        return db.selectFrom(USER_TOTP)
                .where(USER_TOTP.USER_ID.eq(user.value()))
                .forUpdate()
                .fetchOptional();
    }

    public boolean isEnabled(UserId user) {
        return db.fetchExists(USER_TOTP, USER_TOTP.USER_ID.eq(user.value()).and(USER_TOTP.CONFIRMED_AT.isNotNull()));
    }

    /** Starts (or restarts) an enrolment: a new, unconfirmed secret. */
    public void saveUnconfirmed(UserId user, byte[] secretCiphertext) {
        db.insertInto(USER_TOTP)
                .set(USER_TOTP.ORGANIZATION_ID, TenantContext.require().value())
                .set(USER_TOTP.USER_ID, user.value())
                .set(USER_TOTP.SECRET_CIPHERTEXT, secretCiphertext)
                .onConflict(USER_TOTP.ORGANIZATION_ID, USER_TOTP.USER_ID)
                .doUpdate()
                .set(USER_TOTP.SECRET_CIPHERTEXT, secretCiphertext)
                .set(USER_TOTP.CONFIRMED_AT, (java.time.OffsetDateTime) null)
                .set(USER_TOTP.LAST_USED_STEP, (Long) null)
                .execute();
    }

    public void markUsed(UserId user, long step, boolean confirm) {
        var update = db.update(USER_TOTP).set(USER_TOTP.LAST_USED_STEP, step);
        if (confirm) {
            update = update.set(USER_TOTP.CONFIRMED_AT, DSL.currentOffsetDateTime());
        }
        update.where(USER_TOTP.USER_ID.eq(user.value())).execute();
    }

    public void disable(UserId user) {
        db.deleteFrom(USER_TOTP).where(USER_TOTP.USER_ID.eq(user.value())).execute();
        db.deleteFrom(USER_RECOVERY_CODES)
                .where(USER_RECOVERY_CODES.USER_ID.eq(user.value()))
                .execute();
    }

    public void replaceRecoveryCodes(UserId user, List<byte[]> hashes) {
        db.deleteFrom(USER_RECOVERY_CODES)
                .where(USER_RECOVERY_CODES.USER_ID.eq(user.value()))
                .execute();
        var insert = db.insertInto(
                USER_RECOVERY_CODES,
                USER_RECOVERY_CODES.ORGANIZATION_ID,
                USER_RECOVERY_CODES.ID,
                USER_RECOVERY_CODES.USER_ID,
                USER_RECOVERY_CODES.CODE_HASH);
        for (byte[] hash : hashes) {
            insert = insert.values(TenantContext.require().value(), Ids.next(), user.value(), hash);
        }
        insert.execute();
    }

    /** Uses up a recovery code; false when it is unknown or already used. */
    public boolean useRecoveryCode(UserId user, byte[] hash) {
        return db.update(USER_RECOVERY_CODES)
                        .set(USER_RECOVERY_CODES.USED_AT, DSL.currentOffsetDateTime())
                        .where(USER_RECOVERY_CODES.USER_ID.eq(user.value()))
                        .and(USER_RECOVERY_CODES.CODE_HASH.eq(hash))
                        .and(USER_RECOVERY_CODES.USED_AT.isNull())
                        .execute()
                == 1;
    }

    public int unusedRecoveryCodes(UserId user) {
        return db.fetchCount(
                USER_RECOVERY_CODES,
                USER_RECOVERY_CODES.USER_ID.eq(user.value()).and(USER_RECOVERY_CODES.USED_AT.isNull()));
    }

    public void createChallenge(UserId user, byte[] tokenHash, String purpose, Instant expiresAt) {
        db.insertInto(TWO_FACTOR_CHALLENGES)
                .set(
                        TWO_FACTOR_CHALLENGES.ORGANIZATION_ID,
                        TenantContext.require().value())
                .set(TWO_FACTOR_CHALLENGES.ID, Ids.next())
                .set(TWO_FACTOR_CHALLENGES.USER_ID, user.value())
                .set(TWO_FACTOR_CHALLENGES.TOKEN_HASH, tokenHash)
                .set(TWO_FACTOR_CHALLENGES.PURPOSE, purpose)
                .set(TWO_FACTOR_CHALLENGES.EXPIRES_AT, Users.utc(expiresAt))
                .execute();
    }

    /** An open challenge (unused, unexpired), locked until the transaction ends. */
    public Optional<TwoFactorChallengesRecord> openChallenge(byte[] tokenHash, int maxAttempts) {
        return db.selectFrom(TWO_FACTOR_CHALLENGES)
                .where(TWO_FACTOR_CHALLENGES.TOKEN_HASH.eq(tokenHash))
                .and(TWO_FACTOR_CHALLENGES.USED_AT.isNull())
                .and(TWO_FACTOR_CHALLENGES.ATTEMPTS.lt(maxAttempts))
                .and(TWO_FACTOR_CHALLENGES.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .forUpdate()
                .fetchOptional();
    }

    public void countAttempt(TwoFactorChallengesRecord challenge) {
        db.update(TWO_FACTOR_CHALLENGES)
                .set(TWO_FACTOR_CHALLENGES.ATTEMPTS, TWO_FACTOR_CHALLENGES.ATTEMPTS.plus(1))
                .where(TWO_FACTOR_CHALLENGES.ID.eq(challenge.getId()))
                .execute();
    }

    public void useChallenge(TwoFactorChallengesRecord challenge) {
        db.update(TWO_FACTOR_CHALLENGES)
                .set(TWO_FACTOR_CHALLENGES.USED_AT, DSL.currentOffsetDateTime())
                .where(TWO_FACTOR_CHALLENGES.ID.eq(challenge.getId()))
                .execute();
    }
}
