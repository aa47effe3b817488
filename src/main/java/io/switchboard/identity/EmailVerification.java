package io.switchboard.identity;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.identity.internal.AccountMails;
import io.switchboard.identity.internal.EmailTokens;
import io.switchboard.identity.internal.IdentityProperties;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.OpaqueTokens;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proof that a user owns their e-mail address: a single-use link ({@code ev_…}, 48 hours) mailed
 * on sign-up and on request. Accepting an invitation or resetting a password proves it as well.
 */
@Service
public class EmailVerification {

    static final String PREFIX = "ev_";

    private final Users users;
    private final EmailTokens tokens;
    private final AccountMails mails;
    private final AuditLog audit;
    private final IdentityProperties.Security properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    EmailVerification(
            Users users,
            EmailTokens tokens,
            AccountMails mails,
            AuditLog audit,
            IdentityProperties identity,
            TransactionTemplate tx,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.audit = audit;
        this.properties = identity.security();
        this.tx = tx;
        this.clock = clock;
    }

    /** Queues a verification mail, in the caller's organization transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(UserId userId) {
        var user = users.findRecord(userId).orElseThrow(() -> new NotFound("user", userId));
        String token = OpaqueTokens.issue(PREFIX, TenantContext.require().value());
        tokens.issue(
                userId,
                EmailTokens.VERIFY,
                OpaqueTokens.hash(token),
                clock.instant().plus(properties.emailVerificationTtl()));
        mails.verifyEmail(
                user.getEmail(),
                user.getName(),
                mails.link("/verify-email/" + token),
                properties.emailVerificationTtl());
    }

    /** Sends the signed-in user a new link (earlier ones stop working). */
    public void resend(AuthenticatedUser self) {
        self.requireSession();
        TenantContext.runAs(
                self.homeOrganizationId(),
                () -> tx.executeWithoutResult(status -> {
                    var user = users.findRecord(self.id()).orElseThrow(() -> new NotFound("user", self.id()));
                    if (user.getEmailVerifiedAt() != null) {
                        throw new Conflict("already_verified", "your e-mail address is already verified");
                    }
                    send(self.id());
                }));
    }

    public void verify(String token) {
        OrganizationId organization = OpaqueTokens.organizationOf(PREFIX, token)
                .map(OrganizationId::new)
                .orElseThrow(EmailVerification::invalidToken);
        TenantContext.runAs(
                organization,
                () -> tx.executeWithoutResult(status -> {
                    var record = tokens.open(OpaqueTokens.hash(token), EmailTokens.VERIFY)
                            .orElseThrow(EmailVerification::invalidToken);
                    var user = users.findRecord(UserId.of(record.getUserId()))
                            .orElseThrow(EmailVerification::invalidToken);
                    tokens.use(record);
                    if (user.getEmailVerifiedAt() == null) {
                        user.setEmailVerifiedAt(Users.utc(clock.instant()));
                        users.update(user);
                    }
                    audit.record(AuditRecord.of("auth.email_verified", "users", user.getId())
                            .by(user.getId()));
                }));
    }

    private static InvalidInput invalidToken() {
        return new InvalidInput("invalid_token", "the link is invalid, expired or already used");
    }
}
