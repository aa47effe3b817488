package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.EXTERNAL_IDENTITY_LOOKUP;
import static io.switchboard.db.Tables.USER_IDENTITIES;

import io.switchboard.shared.Ids;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Accounts at external sign-in providers linked to users. */
@Repository
public class ExternalIdentities {

    private final DSLContext db;

    ExternalIdentities(DSLContext db) {
        this.db = db;
    }

    /** Which organization and user a provider's subject is linked to, across organizations. */
    public Optional<Users.SignInTarget> lookup(String provider, String subject) {
        return db.selectFrom(EXTERNAL_IDENTITY_LOOKUP.call(provider, subject))
                .fetchOptional()
                .map(r -> new Users.SignInTarget(OrganizationId.of(r.getOrganizationId()), UserId.of(r.getUserId())));
    }

    public void link(UserId user, String provider, String subject, String email) {
        db.insertInto(USER_IDENTITIES)
                .set(USER_IDENTITIES.ORGANIZATION_ID, TenantContext.require().value())
                .set(USER_IDENTITIES.ID, Ids.next())
                .set(USER_IDENTITIES.USER_ID, user.value())
                .set(USER_IDENTITIES.PROVIDER, provider)
                .set(USER_IDENTITIES.SUBJECT, subject)
                .set(USER_IDENTITIES.EMAIL, email)
                .set(USER_IDENTITIES.LAST_SIGN_IN_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    public void touch(String provider, String subject) {
        db.update(USER_IDENTITIES)
                .set(USER_IDENTITIES.LAST_SIGN_IN_AT, DSL.currentOffsetDateTime())
                .where(USER_IDENTITIES.PROVIDER.eq(provider).and(USER_IDENTITIES.SUBJECT.eq(subject)))
                .execute();
    }
}
