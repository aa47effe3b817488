package io.switchboard.identity;

import io.switchboard.identity.internal.AccessTokens;
import io.switchboard.identity.internal.Invitations;
import io.switchboard.identity.internal.OpaqueTokens;
import io.switchboard.identity.internal.Sessions;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.Unauthorized;
import io.switchboard.tenancy.OrganizationId;
import io.switchboard.tenancy.OrganizationManagement;
import io.switchboard.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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

    static final String REFRESH_PREFIX = "rt_";
    static final String INVITATION_PREFIX = "inv_";
    private static final String UNKNOWN_USER_HASH_INPUT = "switchboard-timing-equaliser";

    private final Users users;
    private final Sessions sessions;
    private final Invitations invitations;
    private final AccessTokens accessTokens;
    private final OrganizationManagement organizations;
    private final PasswordEncoder passwords;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration refreshTtl;
    private final String unknownUserHash;

    Accounts(
            Users users,
            Sessions sessions,
            Invitations invitations,
            AccessTokens accessTokens,
            OrganizationManagement organizations,
            PasswordEncoder passwords,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Clock clock,
            io.switchboard.identity.internal.IdentityProperties settings) {
        this.users = users;
        this.sessions = sessions;
        this.invitations = invitations;
        this.accessTokens = accessTokens;
        this.organizations = organizations;
        this.passwords = passwords;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.refreshTtl = settings.refreshTokenTtl();
        this.unknownUserHash = passwords.encode(UNKNOWN_USER_HASH_INPUT);
    }

    public SignedUp signUp(SignUp command, ClientInfo client) {
        String email = normalizeEmail(command.email());
        PasswordPolicy.check(command.password(), email);
        String hash = passwords.encode(command.password());
        OrganizationId organization = OrganizationId.generate();
        UserId admin = UserId.generate();
        return TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    var created = organizations.register(organization, command.organizationName());
                    users.insert(new Users.NewUser(
                            admin, email, command.name().trim(), hash, Role.ADMIN, UserStatus.ACTIVE, "UTC"));
                    events.publishEvent(new OrganizationSignedUp(organization.value(), admin, email));
                    TokenPair tokens = startSession(admin, organization, client);
                    return new SignedUp(created, users.find(admin).orElseThrow(), tokens);
                }));
    }

    public TokenPair signIn(String email, String password, ClientInfo client) {
        Optional<Users.SignInTarget> target = tx.execute(status -> users.lookup(normalizeEmail(email)));
        if (target == null || target.isEmpty()) {
            passwords.matches(password, unknownUserHash); // same cost as a real check
            throw invalidCredentials();
        }
        OrganizationId organization = target.get().organization();
        UserId userId = target.get().user();
        return TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    var user = users.findRecord(userId).orElseThrow(Accounts::invalidCredentials);
                    if (user.getPasswordHash() == null || !passwords.matches(password, user.getPasswordHash())) {
                        throw invalidCredentials();
                    }
                    if (!UserStatus.ACTIVE.toString().equals(user.getStatus())) {
                        throw new Unauthorized("account_inactive", "this account is " + user.getStatus());
                    }
                    users.recordSignIn(userId);
                    return startSession(userId, organization, client);
                }));
    }

    /**
     * Trades a refresh token for a new pair. A token that was already used means it leaked: the
     * whole session is revoked, so the thief's successors die with it.
     */
    public TokenPair refresh(String refreshToken, ClientInfo client) {
        OrganizationId organization =
                OpaqueTokens.organizationOf(REFRESH_PREFIX, refreshToken).orElseThrow(Accounts::invalidRefreshToken);
        RefreshOutcome outcome = TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    var token = sessions.findRefreshToken(OpaqueTokens.hash(refreshToken))
                            .orElse(null);
                    if (token == null) {
                        return RefreshOutcome.refused();
                    }
                    if ("rotated".equals(token.getStatus())) {
                        sessions.revoke(token.getSessionId(), "token_reuse");
                        return RefreshOutcome.refused();
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
                        sessions.revoke(token.getSessionId(), "token_reuse");
                        return RefreshOutcome.refused();
                    }
                    sessions.touch(token.getSessionId(), now.plus(refreshTtl), client);
                    return RefreshOutcome.issued(issueTokens(session.user(), organization, token.getSessionId()));
                }));
        // Thrown after the commit so that a revocation for reuse sticks.
        return outcome.tokens().orElseThrow(Accounts::invalidRefreshToken);
    }

    public void signOut(AuthenticatedUser user) {
        TenantContext.runAs(
                user.homeOrganizationId(),
                () -> tx.executeWithoutResult(status -> sessions.revoke(user.sessionId(), "sign_out")));
    }

    /** Ends the session a refresh token belongs to (the console's sign-out holds only that). */
    public void signOut(String refreshToken) {
        OpaqueTokens.organizationOf(REFRESH_PREFIX, refreshToken)
                .ifPresent(organization -> TenantContext.runAs(
                        organization,
                        () -> tx.executeWithoutResult(
                                status -> sessions.findRefreshToken(OpaqueTokens.hash(refreshToken))
                                        .ifPresent(token -> sessions.revoke(token.getSessionId(), "sign_out")))));
    }

    public TokenPair acceptInvitation(String token, String password, @Nullable String name) {
        OrganizationId organization =
                OpaqueTokens.organizationOf(INVITATION_PREFIX, token).orElseThrow(Accounts::invalidInvitation);
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
                    if (name != null && !name.isBlank()) {
                        user.setName(name.trim());
                    }
                    users.update(user);
                    invitations.accept(invitation);
                    UserId userId = UserId.of(user.getId());
                    events.publishEvent(new UserActivated(organization.value(), userId));
                    return startSession(userId, organization, ClientInfo.unknown());
                }));
    }

    /** The user behind an access token, if the token is valid and its session still live. */
    public Optional<AuthenticatedUser> authenticate(String accessToken) {
        return accessTokens
                .verify(accessToken)
                .flatMap(claims -> TenantContext.callAs(
                        claims.organization(),
                        () -> tx.execute(status -> sessions.activeUser(claims.user(), claims.session())
                                .map(u -> {
                                    Role role = Role.fromCode(u.getRole());
                                    return new AuthenticatedUser(
                                            claims.user(),
                                            claims.organization(),
                                            claims.organization(),
                                            u.getEmail(),
                                            u.getName(),
                                            role,
                                            role.permissions(),
                                            claims.session());
                                }))));
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
        SignedUp created = signUp(new SignUp(organizationName, name, email, password), ClientInfo.unknown());
        TenantContext.runAs(
                created.organization().id(),
                () -> tx.executeWithoutResult(status -> {
                    var record = users.findRecord(created.user().id()).orElseThrow();
                    record.setRole(Role.SUPER_ADMIN.toString());
                    users.update(record);
                    sessions.revokeAllOf(created.user().id(), "admin");
                }));
    }

    public Duration accessTokenTtl() {
        return accessTokens.ttl();
    }

    private TokenPair startSession(UserId user, OrganizationId organization, ClientInfo client) {
        UUID session = sessions.open(user, client, clock.instant().plus(refreshTtl));
        return issueTokens(user, organization, session);
    }

    private TokenPair issueTokens(UserId user, OrganizationId organization, UUID session) {
        String refresh = OpaqueTokens.issue(REFRESH_PREFIX, organization);
        sessions.storeRefreshToken(
                session, OpaqueTokens.hash(refresh), clock.instant().plus(refreshTtl));
        String access = accessTokens.issue(user, organization, session);
        return new TokenPair(access, refresh, accessTokens.ttl().toSeconds(), session);
    }

    static String normalizeEmail(String email) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        if (!normalized.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || normalized.length() > 254) {
            throw new InvalidInput("email", "invalid_email", "is not an e-mail address");
        }
        return normalized;
    }

    private static Unauthorized invalidCredentials() {
        return new Unauthorized("invalid_credentials", "the e-mail address or the password is wrong");
    }

    private static Unauthorized invalidRefreshToken() {
        return new Unauthorized(
                "invalid_refresh_token", "the refresh token is invalid, expired, revoked or already used");
    }

    private static InvalidInput invalidInvitation() {
        return new InvalidInput("invalid_invitation", "the invitation is invalid, expired or already accepted");
    }

    private record RefreshOutcome(Optional<TokenPair> tokens) {
        static RefreshOutcome refused() {
            return new RefreshOutcome(Optional.empty());
        }

        static RefreshOutcome issued(TokenPair tokens) {
            return new RefreshOutcome(Optional.of(tokens));
        }
    }
}
