package io.switchboard.identity.internal;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.identity.ClientInfo;
import io.switchboard.identity.TokenPair;
import io.switchboard.shared.OpaqueTokens;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.UserId;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Opens sessions and hands out token pairs, inside the caller's organization transaction. Every
 * completed sign-in goes through {@link #signIn}, which also writes the audit entry.
 */
@Component
public class SessionIssuer {

    public static final String REFRESH_PREFIX = "rt_";

    private final Sessions sessions;
    private final Users users;
    private final AccessTokens accessTokens;
    private final AuditLog audit;
    private final IdentityProperties properties;
    private final Clock clock;

    SessionIssuer(
            Sessions sessions,
            Users users,
            AccessTokens accessTokens,
            AuditLog audit,
            IdentityProperties properties,
            Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.accessTokens = accessTokens;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A completed sign-in: a new session, noted on the user and in the audit log. */
    public TokenPair signIn(UserId user, OrganizationId organization, ClientInfo client, String method) {
        users.recordSignIn(user);
        TokenPair tokens = startSession(user, organization, client);
        audit.record(AuditRecord.of("auth.signed_in", "users", user.value())
                .by(user.value())
                .values(
                        null,
                        Map.of(
                                "method",
                                method,
                                "session_id",
                                tokens.sessionId().toString())));
        return tokens;
    }

    public java.time.Duration accessTokenTtl() {
        return accessTokens.ttl();
    }

    public TokenPair startSession(UserId user, OrganizationId organization, ClientInfo client) {
        UUID session = sessions.open(user, client, clock.instant().plus(properties.refreshTokenTtl()));
        return issueTokens(user, organization, session);
    }

    public TokenPair issueTokens(UserId user, OrganizationId organization, UUID session) {
        String refresh = OpaqueTokens.issue(REFRESH_PREFIX, organization.value());
        sessions.storeRefreshToken(
                session, OpaqueTokens.hash(refresh), clock.instant().plus(properties.refreshTokenTtl()));
        String access = accessTokens.issue(user, organization, session);
        return new TokenPair(access, refresh, accessTokens.ttl().toSeconds(), session);
    }
}
