package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.USER_INVITATIONS;

import io.switchboard.db.tables.records.UserInvitationsRecord;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class Invitations {

    private final DSLContext db;

    Invitations(DSLContext db) {
        this.db = db;
    }

    public void create(UserId user, byte[] tokenHash, @Nullable UserId invitedBy, Instant expiresAt) {
        // A new invitation replaces any earlier, unaccepted one.
        db.deleteFrom(USER_INVITATIONS)
                .where(USER_INVITATIONS.USER_ID.eq(user.value()).and(USER_INVITATIONS.ACCEPTED_AT.isNull()))
                .execute();
        db.insertInto(USER_INVITATIONS)
                .set(USER_INVITATIONS.ORGANIZATION_ID, TenantContext.require().value())
                .set(USER_INVITATIONS.ID, Ids.next())
                .set(USER_INVITATIONS.USER_ID, user.value())
                .set(USER_INVITATIONS.TOKEN_HASH, tokenHash)
                .set(USER_INVITATIONS.INVITED_BY, invitedBy == null ? null : invitedBy.value())
                .set(USER_INVITATIONS.EXPIRES_AT, Users.utc(expiresAt))
                .execute();
    }

    /** An open invitation for this token, locked until the transaction ends. */
    public Optional<UserInvitationsRecord> findOpen(byte[] tokenHash) {
        return db.selectFrom(USER_INVITATIONS)
                .where(USER_INVITATIONS.TOKEN_HASH.eq(tokenHash))
                .and(USER_INVITATIONS.ACCEPTED_AT.isNull())
                .and(USER_INVITATIONS.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .forUpdate()
                .fetchOptional();
    }

    public void accept(UserInvitationsRecord invitation) {
        db.update(USER_INVITATIONS)
                .set(USER_INVITATIONS.ACCEPTED_AT, DSL.currentOffsetDateTime())
                .where(USER_INVITATIONS.ID.eq(invitation.getId()))
                .execute();
    }
}
