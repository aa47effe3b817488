package io.switchboard.identity;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.audit.Outcome;
import io.switchboard.audit.SecurityEventKind;
import io.switchboard.audit.Severity;
import io.switchboard.identity.internal.IdentityProperties;
import io.switchboard.identity.internal.Invitations;
import io.switchboard.identity.internal.SessionIssuer;
import io.switchboard.identity.internal.Sessions;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.OpaqueTokens;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.Unauthorized;
import io.switchboard.shared.UserId;
import io.switchboard.tenancy.OrganizationManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up, sign-in, token refresh with reuse detection, sign-out and invitations. Each step runs in
 * the transaction of the organization it concerns; the organization is read from the e-mail lookup
 * or from the opaque token itself.
 */
@Service
public class Accounts {

    static final String INVITATION_PREFIX = "inv_";
    private static final String UNKNOWN_USER_HASH_INPUT = "switchboard-timing-equaliser";

    private final Users users;
    private final Sessions sessions;
    private final Invitations invitations;
    private final SessionIssuer issuer;
    private final SignInChallenges challenges;
    private final SignInGuard guard;
    private final EmailVerification emailVerification;
    private final OrganizationManagement organizations;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration refreshTtl;
    // Hashed off the start-up path (an Argon2 hash takes a good part of a second); the first sign-in
    // of an unknown address waits for it.
    private final CompletableFuture<String> unknownUserHash;

    Accounts(
            Users users,
            Sessions sessions,
            Invitations invitations,
            SessionIssuer issuer,
            SignInChallenges challenges,
            SignInGuard guard,
            EmailVerification emailVerification,
            OrganizationManagement organizations,
            PasswordEncoder passwords,
            AuditLog audit,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Clock clock,
            IdentityProperties settings) {
        this.users = users;
        this.sessions = sessions;
        this.invitations = invitations;
        this.issuer = issuer;
        this.challenges = challenges;
        this.guard = guard;
        this.emailVerification = emailVerification;
        this.organizations = organizations;
        this.passwords = passwords;
        this.audit = audit;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.refreshTtl = settings.refreshTokenTtl();
        this.unknownUserHash = CompletableFuture.supplyAsync(
                () -> passwords.encode(UNKNOWN_USER_HASH_INPUT),
                task -> Thread.ofVirtual().start(task));
    }

    /** A new organization and its admin, signed in; a mail asks the admin to verify the address. */
    public SignedUp signUp(SignUp command, ClientInfo client) {
        String email = normalizeEmail(command.email());
        PasswordPolicy.check(command.password(), email);
        String hash = passwords.encode(command.password());
        OrganizationId organization = OrganizationId.generate();
        UserId admin = UserId.generate();
        return TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    var created = organizations.register(organization, command.organizationName(), command.timezone());
                    users.insert(new Users.NewUser(
                            admin, email, command.name().trim(), hash, Role.ADMIN, UserStatus.ACTIVE, null));
                    events.publishEvent(
                            new OrganizationSignedUp(organization.value(), admin, email, command.selfService()));
                    emailVerification.send(admin);
                    TokenPair tokens = issuer.signIn(admin, organization, client, "sign_up");
                    return new SignedUp(created, users.find(admin).orElseThrow(), tokens);
                }));
    }

    /**
     * Checks an e-mail address and password. Locked accounts and addresses are refused with 429
     * before the password is looked at; failures are counted, audited and reported as security
     * events. A user with 2FA (or required to enrol) gets a challenge instead of tokens.
     */
    public SignInResult signIn(String email, String password, ClientInfo client) {
        String address = normalizeEmail(email);
        guard.checkNotLocked(address, client);
        Optional<Users.SignInTarget> target = tx.execute(status -> users.lookup(address));
        if (target == null || target.isEmpty()) {
            passwords.matches(password, unknownUserHash.join()); // same cost as a real check
            guard.failed(address, client, null, "unknown_account");
            throw invalidCredentials();
        }
        OrganizationId organization = target.get().organization();
        UserId userId = target.get().user();
        SignInResult result = TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    var user = users.findRecord(userId).orElse(null);
                    if (user == null
                            || user.getPasswordHash() == null
                            || !passwords.matches(password, user.getPasswordHash())) {
                        return null;
                    }
                    if (!UserStatus.ACTIVE.toString().equals(user.getStatus())) {
                        throw new Unauthorized("account_inactive", "this account is " + user.getStatus());
                    }
                    guard.checkAddressAllowed(userId, address, client);
                    return challenges.afterFirstFactor(user, client, "password");
                }));
        if (result == null) {
            guard.failed(address, client, target.get(), "wrong_password");
            throw invalidCredentials();
        }
        guard.succeeded(address);
        return result;
    }

    /**
     * Trades a refresh token for a new pair. A token that was already used means it leaked: the
     * whole session is revoked, so the thief's successors die with it.
     */
    public TokenPair refresh(String refreshToken, ClientInfo client) {
        OrganizationId organization = OpaqueTokens.organizationOf(SessionIssuer.REFRESH_PREFIX, refreshToken)
                .map(OrganizationId::new)
                .orElseThrow(Accounts::invalidRefreshToken);
        RefreshOutcome outcome = TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    var token = sessions.findRefreshToken(OpaqueTokens.hash(refreshToken))
                            .orElse(null);
                    if (token == null) {
                        return RefreshOutcome.refused();
                    }
                    if ("rotated".equals(token.getStatus())) {
                        return reuse(token.getSessionId());
                    }
                    var session = sessions.state(token.getSessionId()).orElse(null);
                    Instant now = clock.instant();
                    if (!"active".equals(token.getStatus())
                            || token.getExpiresAt().toInstant().isBefore(now)
                            || session == null
                            || session.revoked()
                            || users.findRecord(session.user())
                                    .map(u -> !UserStatus.ACTIVE.toString().equals(u.getStatus()))
                                    .orElse(true)) {
                        return RefreshOutcome.refused();
                    }
                    if (!sessions.rotate(token.getId())) {
                        return reuse(token.getSessionId());
                    }
                    sessions.touch(token.getSessionId(), now.plus(refreshTtl), client);
                    return RefreshOutcome.issued(
                            issuer.issueTokens(session.user(), organization, token.getSessionId()));
                }));
        if (outcome.reusedBy() != null) {
            guard.report(
                    organization,
                    SecurityEventKind.REFRESH_TOKEN_REUSE,
                    Severity.CRITICAL,
                    outcome.reusedBy(),
                    null,
                    Map.of("session_id", outcome.session().toString()));
        }
        // Thrown after the commit so that a revocation for reuse sticks.
        return outcome.tokens().orElseThrow(Accounts::invalidRefreshToken);
    }

    private RefreshOutcome reuse(java.util.UUID session) {
        sessions.revoke(session, SessionEndReason.TOKEN_REUSE);
        var owner = sessions.state(session).map(s -> s.user().value()).orElse(null);
        audit.record(AuditRecord.of("auth.refresh_token_reused", "user_sessions", session)
                .outcome(Outcome.DENIED));
        return new RefreshOutcome(Optional.empty(), owner, session);
    }

    public void signOut(AuthenticatedUser user) {
        user.requireSession();
        TenantContext.runAs(
                user.homeOrganizationId(), () -> tx.executeWithoutResult(status -> endSession(user.sessionId())));
    }

    /** Ends the session a refresh token belongs to (the console's sign-out holds only that). */
    public void signOut(String refreshToken) {
        OpaqueTokens.organizationOf(SessionIssuer.REFRESH_PREFIX, refreshToken)
                .map(OrganizationId::new)
                .ifPresent(organization -> TenantContext.runAs(
                        organization,
                        () -> tx.executeWithoutResult(
                                status -> sessions.findRefreshToken(OpaqueTokens.hash(refreshToken))
                                        .ifPresent(token -> endSession(token.getSessionId())))));
    }

    private void endSession(java.util.UUID session) {
        var owner = sessions.state(session).map(s -> s.user().value()).orElse(null);
        sessions.revoke(session, SessionEndReason.SIGN_OUT);
        var entry = AuditRecord.of("auth.signed_out", "user_sessions", session);
        audit.record(owner == null ? entry : entry.by(owner));
    }

    /** Sets the password of an invited user; accepting proves the address, so it counts as verified. */
    public TokenPair acceptInvitation(String token, String password, @Nullable String name) {
        OrganizationId organization = OpaqueTokens.organizationOf(INVITATION_PREFIX, token)
                .map(OrganizationId::new)
                .orElseThrow(Accounts::invalidInvitation);
        return TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    var invitation =
                            invitations.findOpen(OpaqueTokens.hash(token)).orElseThrow(Accounts::invalidInvitation);
                    var user = users.findRecord(UserId.of(invitation.getUserId()))
                            .orElseThrow(Accounts::invalidInvitation);
                    if (!UserStatus.INVITED.toString().equals(user.getStatus())) {
                        throw invalidInvitation();
                    }
                    PasswordPolicy.check(password, user.getEmail());
                    user.setPasswordHash(passwords.encode(password));
                    user.setStatus(UserStatus.ACTIVE.toString());
                    user.setEmailVerifiedAt(Users.utc(clock.instant()));
                    if (name != null && !name.isBlank()) {
                        user.setName(name.trim());
                    }
                    users.update(user);
                    invitations.accept(invitation);
                    UserId userId = UserId.of(user.getId());
                    events.publishEvent(new UserActivated(organization.value(), userId));
                    return issuer.signIn(userId, organization, ClientInfo.unknown(), "invitation");
                }));
    }

    /** Whether an e-mail address already belongs to a user (of any organization). */
    public boolean isRegistered(String email) {
        Optional<Users.SignInTarget> target = tx.execute(status -> users.lookup(normalizeEmail(email)));
        return target != null && target.isPresent();
    }

    /**
     * Creates the platform operator (role super_admin) in an organization of its own, once. Super
     * admins act in any organization through the organization switcher.
     */
    public void ensurePlatformOperator(String organizationName, String name, String email, String password) {
        if (isRegistered(email)) {
            return;
        }
        SignedUp created = signUp(new SignUp(organizationName, name, email, password, false), ClientInfo.unknown());
        TenantContext.runAs(
                created.organization().id(),
                () -> tx.executeWithoutResult(status -> {
                    var record = users.findRecord(created.user().id()).orElseThrow();
                    record.setRole(Role.SUPER_ADMIN.toString());
                    record.setEmailVerifiedAt(Users.utc(clock.instant()));
                    users.update(record);
                    sessions.revokeAllOf(created.user().id(), SessionEndReason.ADMIN);
                }));
    }

    public Duration accessTokenTtl() {
        return issuer.accessTokenTtl();
    }

    static String normalizeEmail(String email) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        if (!normalized.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || normalized.length() > 254) {
            throw new InvalidInput("email", "invalid_email", "is not an e-mail address");
        }
        return normalized;
    }

    static Unauthorized invalidCredentials() {
        return new Unauthorized("invalid_credentials", "the e-mail address or the password is wrong");
    }

    private static Unauthorized invalidRefreshToken() {
        return new Unauthorized(
                "invalid_refresh_token", "the refresh token is invalid, expired, revoked or already used");
    }

    private static InvalidInput invalidInvitation() {
        return new InvalidInput("invalid_invitation", "the invitation is invalid, expired or already accepted");
    }

    private record RefreshOutcome(
            Optional<TokenPair> tokens, java.util.@Nullable UUID reusedBy, java.util.@Nullable UUID session) {
        static RefreshOutcome refused() {
            return new RefreshOutcome(Optional.empty(), null, null);
        }

        static RefreshOutcome issued(TokenPair tokens) {
            return new RefreshOutcome(Optional.of(tokens), null, null);
        }
    }
}
