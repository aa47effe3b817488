package io.switchboard.identity;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.identity.internal.Sessions;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions as people see them: users list and end their own; admins end someone else's (one or
 * all). Ending a session stops its refresh tokens, its access tokens and its live streams at once.
 */
@Service
public class SessionManagement {

    private final Sessions sessions;
    private final Users users;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    SessionManagement(Sessions sessions, Users users, AuditLog audit, TransactionTemplate tx) {
        this.sessions = sessions;
        this.users = users;
        this.audit = audit;
        this.tx = tx;
    }

    public List<UserSession> mine(AuthenticatedUser self) {
        self.requireSession();
        return asSelf(self, () -> sessions.liveOf(self.id()));
    }

    public void revokeMine(AuthenticatedUser self, UUID session) {
        self.requireSession();
        asSelf(self, () -> {
            revoke(self.id(), session, SessionEndReason.USER_REVOKED);
            return null;
        });
    }

    @Transactional(readOnly = true)
    public List<UserSession> of(UserId user) {
        users.find(user).orElseThrow(() -> new NotFound("user", user));
        return sessions.liveOf(user);
    }

    @Transactional
    public void revoke(UserId user, UUID session) {
        users.find(user).orElseThrow(() -> new NotFound("user", user));
        revoke(user, session, SessionEndReason.ADMIN);
    }

    @Transactional
    public void revokeAll(UserId user) {
        users.find(user).orElseThrow(() -> new NotFound("user", user));
        sessions.revokeAllOf(user, SessionEndReason.ADMIN);
        audit.record(AuditRecord.of("auth.sessions_revoked", "users", user.value()));
    }

    private void revoke(UserId user, UUID session, SessionEndReason reason) {
        var state = sessions.state(session).filter(s -> s.user().equals(user) && !s.revoked());
        if (state.isEmpty()) {
            throw new NotFound("session", session);
        }
        sessions.revoke(session, reason);
        audit.record(AuditRecord.of("auth.session_revoked", "user_sessions", session)
                .values(null, java.util.Map.of("user_id", user.toString(), "reason", reason.toString())));
    }

    private <T> T asSelf(AuthenticatedUser self, Supplier<T> work) {
        return TenantContext.callAs(self.homeOrganizationId(), () -> tx.execute(status -> work.get()));
    }
}
