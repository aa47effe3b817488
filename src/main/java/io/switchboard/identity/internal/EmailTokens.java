package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.USER_EMAIL_TOKENS;

import io.switchboard.db.tables.records.UserEmailTokensRecord;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** One-time links sent by e-mail, stored as hashes; issuing one voids the user's earlier ones. */
@Repository
public class EmailTokens {

    public static final String VERIFY = "verify_email";
    public static final String RESET = "reset_password";

    private final DSLContext db;

    EmailTokens(DSLContext db) {
        this.db = db;
    }

    public void issue(UserId user, String purpose, byte[] hash, Instant expiresAt) {
        voidOpen(user, purpose);
        db.insertInto(USER_EMAIL_TOKENS)
                .set(USER_EMAIL_TOKENS.ORGANIZATION_ID, TenantContext.require().value())
                .set(USER_EMAIL_TOKENS.ID, Ids.next())
                .set(USER_EMAIL_TOKENS.USER_ID, user.value())
                .set(USER_EMAIL_TOKENS.PURPOSE, purpose)
                .set(USER_EMAIL_TOKENS.TOKEN_HASH, hash)
                .set(USER_EMAIL_TOKENS.EXPIRES_AT, Users.utc(expiresAt))
                .execute();
    }

    /** An unused, unexpired token of this purpose, locked until the transaction ends. */
    public Optional<UserEmailTokensRecord> open(byte[] hash, String purpose) {
        return db.selectFrom(USER_EMAIL_TOKENS)
                .where(USER_EMAIL_TOKENS.TOKEN_HASH.eq(hash))
                .and(USER_EMAIL_TOKENS.PURPOSE.eq(purpose))
                .and(USER_EMAIL_TOKENS.USED_AT.isNull())
                .and(USER_EMAIL_TOKENS.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .forUpdate()
                .fetchOptional();
    }

    public void use(UserEmailTokensRecord token) {
        db.update(USER_EMAIL_TOKENS)
                .set(USER_EMAIL_TOKENS.USED_AT, DSL.currentOffsetDateTime())
                .where(USER_EMAIL_TOKENS.ID.eq(token.getId()))
                .execute();
    }

    public void voidOpen(UserId user, String purpose) {
        db.update(USER_EMAIL_TOKENS)
                .set(USER_EMAIL_TOKENS.USED_AT, DSL.currentOffsetDateTime())
                .where(USER_EMAIL_TOKENS.USER_ID.eq(user.value()))
                .and(USER_EMAIL_TOKENS.PURPOSE.eq(purpose))
                .and(USER_EMAIL_TOKENS.USED_AT.isNull())
                .execute();
    }
}
