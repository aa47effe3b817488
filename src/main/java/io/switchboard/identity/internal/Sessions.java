package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.REFRESH_TOKENS;
import static io.switchboard.db.Tables.USERS;
import static io.switchboard.db.Tables.USER_SESSIONS;

import io.switchboard.db.tables.records.RefreshTokensRecord;
import io.switchboard.db.tables.records.UserSessionsRecord;
import io.switchboard.db.tables.records.UsersRecord;
import io.switchboard.identity.ClientInfo;
import io.switchboard.identity.SessionEndReason;
import io.switchboard.identity.SessionId;
import io.switchboard.identity.SessionsEnded;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;

/**
 * Sessions (refresh-token families) and their refresh tokens, stored as hashes. Ending sessions
 * publishes {@link SessionsEnded}.
 */
@Repository
public class Sessions {

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    Sessions(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    public UUID open(UserId user, ClientInfo client, Instant expiresAt) {
        UUID id = Ids.next();
        db.insertInto(USER_SESSIONS)
                .set(USER_SESSIONS.ORGANIZATION_ID, TenantContext.require().value())
                .set(USER_SESSIONS.ID, id)
                .set(USER_SESSIONS.USER_ID, user.value())
                .set(USER_SESSIONS.IP_ADDRESS, truncate(client.ipAddress(), 64))
                .set(USER_SESSIONS.USER_AGENT, truncate(client.userAgent(), 1000))
                .set(USER_SESSIONS.EXPIRES_AT, Users.utc(expiresAt))
                .execute();
        return id;
    }

    public void storeRefreshToken(UUID session, byte[] hash, Instant expiresAt) {
        db.insertInto(REFRESH_TOKENS)
                .set(REFRESH_TOKENS.ORGANIZATION_ID, TenantContext.require().value())
                .set(REFRESH_TOKENS.ID, Ids.next())
                .set(REFRESH_TOKENS.SESSION_ID, session)
                .set(REFRESH_TOKENS.TOKEN_HASH, hash)
                .set(REFRESH_TOKENS.EXPIRES_AT, Users.utc(expiresAt))
                .execute();
    }

    public Optional<RefreshTokensRecord> findRefreshToken(byte[] hash) {
        return db.selectFrom(REFRESH_TOKENS)
                .where(REFRESH_TOKENS.TOKEN_HASH.eq(hash))
                .forUpdate()
                .fetchOptional();
    }

    /** Marks an active token used; false when another request used it first. */
    public boolean rotate(UUID tokenId) {
        return db.update(REFRESH_TOKENS)
                        .set(REFRESH_TOKENS.STATUS, "rotated")
                        .set(REFRESH_TOKENS.ROTATED_AT, DSL.currentOffsetDateTime())
                        .where(REFRESH_TOKENS.ID.eq(tokenId).and(REFRESH_TOKENS.STATUS.eq("active")))
                        .execute()
                == 1;
    }

    public Optional<SessionState> state(UUID session) {
        return db.select(USER_SESSIONS.USER_ID, USER_SESSIONS.REVOKED_AT, USER_SESSIONS.EXPIRES_AT)
                .from(USER_SESSIONS)
                .where(USER_SESSIONS.ID.eq(session))
                .fetchOptional(r -> new SessionState(
                        UserId.of(r.value1()), r.value2() != null, r.value3().toInstant()));
    }

    /** The user behind a live session, in one round trip; empty when either is gone or revoked. */
    public Optional<UsersRecord> activeUser(UserId user, UUID session) {
        return db.select(USERS.fields())
                .from(USERS)
                .join(USER_SESSIONS)
                .on(USER_SESSIONS.ORGANIZATION_ID.eq(USERS.ORGANIZATION_ID).and(USER_SESSIONS.USER_ID.eq(USERS.ID)))
                .where(USERS.ID.eq(user.value()))
                .and(USER_SESSIONS.ID.eq(session))
                .and(USER_SESSIONS.REVOKED_AT.isNull())
                .and(USER_SESSIONS.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .and(USERS.STATUS.eq("active"))
                .fetchOptional(r -> r.into(USERS));
    }

    /** A refresh keeps the session alive: it slides its expiry and notes where it was last seen. */
    public void touch(UUID session, Instant expiresAt, ClientInfo client) {
        var update = db.update(USER_SESSIONS)
                .set(USER_SESSIONS.LAST_SEEN_AT, DSL.currentOffsetDateTime())
                .set(USER_SESSIONS.EXPIRES_AT, Users.utc(expiresAt));
        if (client.ipAddress() != null) {
            update = update.set(USER_SESSIONS.IP_ADDRESS, truncate(client.ipAddress(), 64));
        }
        if (client.userAgent() != null) {
            update = update.set(USER_SESSIONS.USER_AGENT, truncate(client.userAgent(), 1000));
        }
        update.where(USER_SESSIONS.ID.eq(session)).execute();
    }

    /** Ends a session; false when it had already ended. */
    public boolean revoke(UUID session, SessionEndReason reason) {
        return ended(
                db.update(USER_SESSIONS)
                        .set(USER_SESSIONS.REVOKED_AT, DSL.currentOffsetDateTime())
                        .set(USER_SESSIONS.REVOKED_REASON, reason.toString())
                        .where(USER_SESSIONS.ID.eq(session).and(USER_SESSIONS.REVOKED_AT.isNull()))
                        .returning(USER_SESSIONS.ID, USER_SESSIONS.USER_ID)
                        .fetch(),
                reason);
    }

    public void revokeAllOf(UserId user, SessionEndReason reason) {
        ended(
                db.update(USER_SESSIONS)
                        .set(USER_SESSIONS.REVOKED_AT, DSL.currentOffsetDateTime())
                        .set(USER_SESSIONS.REVOKED_REASON, reason.toString())
                        .where(USER_SESSIONS.USER_ID.eq(user.value()).and(USER_SESSIONS.REVOKED_AT.isNull()))
                        .returning(USER_SESSIONS.ID, USER_SESSIONS.USER_ID)
                        .fetch(),
                reason);
    }

    /**
     * Stops the ended sessions' refresh tokens and announces the end. Every way a session ends
     * passes here, so nothing that holds a session open (a live stream, on any node) is forgotten.
     */
    private boolean ended(List<UserSessionsRecord> sessions, SessionEndReason reason) {
        if (sessions.isEmpty()) {
            return false;
        }
        List<UUID> ids = sessions.stream().map(UserSessionsRecord::getId).toList();
        db.update(REFRESH_TOKENS)
                .set(REFRESH_TOKENS.STATUS, "revoked")
                .where(REFRESH_TOKENS.SESSION_ID.in(ids).and(REFRESH_TOKENS.STATUS.eq("active")))
                .execute();
        events.publishEvent(new SessionsEnded(
                TenantContext.require().value(),
                UserId.of(sessions.getFirst().getUserId()),
                ids.stream().map(SessionId::of).toList(),
                reason));
        return true;
    }

    /** The active users behind those of the sessions that are live (not ended, not expired), by session. */
    public Map<UUID, UsersRecord> activeUsers(Collection<UUID> sessions) {
        if (sessions.isEmpty()) {
            return Map.of();
        }
        return db.select(USER_SESSIONS.ID)
                .select(USERS.fields())
                .from(USERS)
                .join(USER_SESSIONS)
                .on(USER_SESSIONS.ORGANIZATION_ID.eq(USERS.ORGANIZATION_ID).and(USER_SESSIONS.USER_ID.eq(USERS.ID)))
                .where(USER_SESSIONS.ID.in(sessions))
                .and(USER_SESSIONS.REVOKED_AT.isNull())
                .and(USER_SESSIONS.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .and(USERS.STATUS.eq("active"))
                .fetchMap(USER_SESSIONS.ID, r -> r.into(USERS));
    }

    /** The user's live sessions, newest first. */
    public java.util.List<io.switchboard.identity.UserSession> liveOf(UserId user) {
        return db.selectFrom(USER_SESSIONS)
                .where(USER_SESSIONS.USER_ID.eq(user.value()))
                .and(USER_SESSIONS.REVOKED_AT.isNull())
                .and(USER_SESSIONS.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .orderBy(USER_SESSIONS.LAST_SEEN_AT.desc())
                .fetch(r -> new io.switchboard.identity.UserSession(
                        r.getId(),
                        UserId.of(r.getUserId()),
                        r.getIpAddress(),
                        r.getUserAgent(),
                        r.getCreatedAt().toInstant(),
                        r.getLastSeenAt().toInstant(),
                        r.getExpiresAt().toInstant()));
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public record SessionState(UserId user, boolean revoked, Instant expiresAt) {}
}
