package io.switchboard.identity;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.audit.SecurityEventKind;
import io.switchboard.audit.Severity;
import io.switchboard.identity.internal.AccountMails;
import io.switchboard.identity.internal.EmailTokens;
import io.switchboard.identity.internal.IdentityProperties;
import io.switchboard.identity.internal.Sessions;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.OpaqueTokens;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Clock;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password reset by a mailed one-time link ({@code pr_…}): it expires after an hour, works once,
 * and a completed reset signs the user out of every session. A request never tells whether the
 * address has an account.
 */
@Service
public class PasswordReset {

    static final String PREFIX = "pr_";

    private final Users users;
    private final EmailTokens tokens;
    private final Sessions sessions;
    private final AccountMails mails;
    private final SignInGuard guard;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final IdentityProperties.Security properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    PasswordReset(
            Users users,
            EmailTokens tokens,
            Sessions sessions,
            AccountMails mails,
            SignInGuard guard,
            PasswordEncoder passwords,
            AuditLog audit,
            IdentityProperties identity,
            TransactionTemplate tx,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.sessions = sessions;
        this.mails = mails;
        this.guard = guard;
        this.passwords = passwords;
        this.audit = audit;
        this.properties = identity.security();
        this.tx = tx;
        this.clock = clock;
    }

    /** Mails a reset link if the address belongs to an active user; otherwise does nothing. */
    public void request(String email, ClientInfo client) {
        String address = Accounts.normalizeEmail(email);
        guard.checkNotLocked(address, client);
        var target = tx.execute(status -> users.lookup(address));
        if (target == null || target.isEmpty()) {
            return;
        }
        OrganizationId organization = target.get().organization();
        boolean sent = Boolean.TRUE.equals(TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    var user = users.findRecord(target.get().user()).orElse(null);
                    if (user == null || !UserStatus.ACTIVE.toString().equals(user.getStatus())) {
                        return false;
                    }
                    String token = OpaqueTokens.issue(PREFIX, organization.value());
                    tokens.issue(
                            target.get().user(),
                            EmailTokens.RESET,
                            OpaqueTokens.hash(token),
                            clock.instant().plus(properties.passwordResetTtl()));
                    mails.resetPassword(
                            user.getEmail(),
                            user.getName(),
                            mails.link("/reset-password/" + token),
                            properties.passwordResetTtl());
                    return true;
                })));
        if (sent) {
            guard.report(
                    organization,
                    SecurityEventKind.PASSWORD_RESET_REQUESTED,
                    Severity.INFO,
                    target.get().user().value(),
                    address,
                    Map.of());
        }
    }

    /** Sets a new password with a reset link; every session of the user ends. */
    public void complete(String token, String newPassword) {
        OrganizationId organization = OpaqueTokens.organizationOf(PREFIX, token)
                .map(OrganizationId::new)
                .orElseThrow(PasswordReset::invalidToken);
        String email = TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    var record = tokens.open(OpaqueTokens.hash(token), EmailTokens.RESET)
                            .orElseThrow(PasswordReset::invalidToken);
                    UserId userId = UserId.of(record.getUserId());
                    var user = users.findRecord(userId).orElseThrow(PasswordReset::invalidToken);
                    if (!UserStatus.ACTIVE.toString().equals(user.getStatus())) {
                        throw invalidToken();
                    }
                    PasswordPolicy.check(newPassword, user.getEmail());
                    user.setPasswordHash(passwords.encode(newPassword));
                    if (user.getEmailVerifiedAt() == null) {
                        user.setEmailVerifiedAt(Users.utc(clock.instant()));
                    }
                    users.update(user);
                    tokens.use(record);
                    tokens.voidOpen(userId, EmailTokens.RESET);
                    sessions.revokeAllOf(userId, SessionEndReason.PASSWORD_RESET);
                    audit.record(AuditRecord.of("auth.password_reset", "users", userId.value())
                            .by(userId.value()));
                    return user.getEmail();
                }));
        guard.succeeded(email);
    }

    private static InvalidInput invalidToken() {
        return new InvalidInput("invalid_token", "the reset link is invalid, expired or already used");
    }
}
