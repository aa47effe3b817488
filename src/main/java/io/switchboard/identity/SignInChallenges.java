package io.switchboard.identity;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.audit.Outcome;
import io.switchboard.audit.SecurityEvent;
import io.switchboard.audit.SecurityEventKind;
import io.switchboard.audit.SecurityEvents;
import io.switchboard.audit.Severity;
import io.switchboard.db.tables.records.TwoFactorChallengesRecord;
import io.switchboard.db.tables.records.UsersRecord;
import io.switchboard.identity.internal.IdentityProperties;
import io.switchboard.identity.internal.Permissions;
import io.switchboard.identity.internal.SecondFactor;
import io.switchboard.identity.internal.SecuritySettingsStore;
import io.switchboard.identity.internal.SessionIssuer;
import io.switchboard.identity.internal.SignInThrottle;
import io.switchboard.identity.internal.TwoFactorStore;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.OpaqueTokens;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.Unauthorized;
import io.switchboard.shared.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The step between a correct first factor (password or single sign-on) and tokens. A user with
 * 2FA gets a challenge to answer with a TOTP or recovery code; a user whom the organization's policy
 * requires to use 2FA but who has not enrolled gets a challenge that only allows enrolling. Both
 * are single-use, expire after five minutes and allow five wrong codes.
 */
@Service
public class SignInChallenges {

    static final String PREFIX = "mfa_";

    private final TwoFactorStore challenges;
    private final SecondFactor secondFactor;
    private final SecuritySettingsStore settings;
    private final SessionIssuer issuer;
    private final Users users;
    private final Permissions permissions;
    private final AuditLog audit;
    private final SecurityEvents securityEvents;
    private final SignInThrottle throttle;
    private final IdentityProperties.Security properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    SignInChallenges(
            TwoFactorStore challenges,
            SecondFactor secondFactor,
            SecuritySettingsStore settings,
            SessionIssuer issuer,
            Users users,
            Permissions permissions,
            AuditLog audit,
            SecurityEvents securityEvents,
            SignInThrottle throttle,
            IdentityProperties identity,
            TransactionTemplate tx,
            Clock clock) {
        this.challenges = challenges;
        this.secondFactor = secondFactor;
        this.settings = settings;
        this.issuer = issuer;
        this.users = users;
        this.permissions = permissions;
        this.audit = audit;
        this.securityEvents = securityEvents;
        this.throttle = throttle;
        this.properties = identity.security();
        this.tx = tx;
        this.clock = clock;
    }

    /** Called in the organization's transaction once the first factor passed. */
    SignInResult afterFirstFactor(UsersRecord user, ClientInfo client, String method) {
        UserId id = UserId.of(user.getId());
        if (secondFactor.enabled(id)) {
            return challenge(id, SignInResult.ChallengeKind.TWO_FACTOR);
        }
        if (settings.current().twoFactorPolicy().requires(permissions.of(user))) {
            return challenge(id, SignInResult.ChallengeKind.ENROLMENT_REQUIRED);
        }
        return new SignInResult.Completed(issuer.signIn(id, TenantContext.require(), client, method));
    }

    /** Answers a 2FA challenge with a TOTP code or a recovery code. */
    public TokenPair verify(String challenge, String code, ClientInfo client) {
        return answer(challenge, "verify", client, (record) -> {
            UserId user = UserId.of(record.getUserId());
            return secondFactor
                    .check(user, code)
                    .map(method -> issuer.signIn(user, TenantContext.require(), client, "password+" + method));
        });
    }

    /** Starts enrolment for a user the policy sends here (challenge kind {@code enrolment_required}). */
    public Enrolment beginEnrolment(String challenge) {
        OrganizationId organization = organizationOf(challenge);
        return TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    var record = open(challenge, "enrol").orElseThrow(SignInChallenges::invalidChallenge);
                    var user = users.findRecord(UserId.of(record.getUserId()))
                            .orElseThrow(SignInChallenges::invalidChallenge);
                    return secondFactor.begin(UserId.of(user.getId()), user.getEmail());
                }));
    }

    /** Confirms that enrolment with a first code: 2FA is on, and the sign-in completes. */
    public EnrolmentCompleted confirmEnrolment(String challenge, String code, ClientInfo client) {
        List<List<String>> codes = new java.util.ArrayList<>();
        TokenPair tokens = answer(challenge, "enrol", client, record -> {
            UserId user = UserId.of(record.getUserId());
            return secondFactor.confirm(user, code).map(recovery -> {
                codes.add(recovery);
                audit.record(AuditRecord.of("auth.two_factor_enabled", "users", user.value())
                        .by(user.value()));
                return issuer.signIn(user, TenantContext.require(), client, "password+totp_enrolment");
            });
        });
        return new EnrolmentCompleted(tokens, codes.getFirst());
    }

    public record EnrolmentCompleted(TokenPair tokens, List<String> recoveryCodes) {}

    private TokenPair answer(
            String challenge,
            String purpose,
            ClientInfo client,
            Function<TwoFactorChallengesRecord, Optional<TokenPair>> check) {
        OrganizationId organization = organizationOf(challenge);
        Attempt attempt = TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    var record = open(challenge, purpose).orElse(null);
                    var user = record == null
                            ? null
                            : users.findRecord(UserId.of(record.getUserId())).orElse(null);
                    if (user == null || !UserStatus.ACTIVE.toString().equals(user.getStatus())) {
                        return new Attempt(null, null, null);
                    }
                    Optional<TokenPair> tokens = check.apply(record);
                    if (tokens.isPresent()) {
                        challenges.useChallenge(record);
                        return new Attempt(tokens.get(), null, null);
                    }
                    challenges.countAttempt(record);
                    audit.record(AuditRecord.of("auth.two_factor_failed", "users", user.getId())
                            .by(user.getId())
                            .outcome(Outcome.FAILURE));
                    return new Attempt(null, user.getEmail(), user.getId());
                }));
        if (attempt.tokens() != null) {
            return attempt.tokens();
        }
        if (attempt.email() == null) {
            throw invalidChallenge();
        }
        throttle.recordFailure(attempt.email(), client.ipAddress());
        TenantContext.runAs(
                organization,
                () -> securityEvents.record(new SecurityEvent.Report(
                        SecurityEventKind.TWO_FACTOR_FAILED,
                        Severity.WARNING,
                        attempt.userId(),
                        attempt.email(),
                        Map.of("purpose", purpose))));
        throw new Unauthorized("invalid_two_factor_code", "the code is wrong or was already used");
    }

    private record Attempt(
            @org.jspecify.annotations.Nullable TokenPair tokens,
            @org.jspecify.annotations.Nullable String email,
            java.util.@org.jspecify.annotations.Nullable UUID userId) {}

    private Optional<TwoFactorChallengesRecord> open(String challenge, String purpose) {
        return challenges
                .openChallenge(
                        OpaqueTokens.hash(challenge), properties.twoFactor().maxAttempts())
                .filter(c -> c.getPurpose().equals(purpose));
    }

    private SignInResult challenge(UserId user, SignInResult.ChallengeKind kind) {
        String token = OpaqueTokens.issue(PREFIX, TenantContext.require().value());
        var ttl = properties.twoFactor().challengeTtl();
        challenges.createChallenge(
                user,
                OpaqueTokens.hash(token),
                kind == SignInResult.ChallengeKind.TWO_FACTOR ? "verify" : "enrol",
                clock.instant().plus(ttl));
        return new SignInResult.ChallengeIssued(token, kind, ttl.toSeconds());
    }

    private static OrganizationId organizationOf(String challenge) {
        return OpaqueTokens.organizationOf(PREFIX, challenge)
                .map(OrganizationId::new)
                .orElseThrow(SignInChallenges::invalidChallenge);
    }

    private static Unauthorized invalidChallenge() {
        return new Unauthorized(
                "invalid_challenge", "the sign-in challenge is invalid, expired or used up; sign in again");
    }
}
