package io.switchboard.identity.internal;

import static io.switchboard.db.Tables.SIGN_IN_THROTTLE;

import io.switchboard.db.tables.records.SignInThrottleRecord;
import io.switchboard.identity.LockoutPolicy;
import io.switchboard.shared.TooManyRequests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-in counters in PostgreSQL, so that every node sees the same lockouts: one per
 * account (e-mail address) and one per client address. Each update locks its row.
 */
@Component
public class SignInThrottle {

    private final DSLContext db;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final LockoutPolicy accounts;
    private final LockoutPolicy addresses;

    SignInThrottle(DSLContext db, PlatformTransactionManager transactions, Clock clock, IdentityProperties identity) {
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        var t = identity.security().accountThrottle();
        this.accounts = new LockoutPolicy(t.failures(), t.window(), t.lockout(), t.maxLockout(), t.memory());
        this.addresses = new LockoutPolicy(
                identity.security().ipFailures(), t.window(), t.lockout(), t.maxLockout(), t.memory());
    }

    /** Refuses the attempt with 429 and Retry-After while the account or the address is locked. */
    public void checkNotLocked(String email, @Nullable String ip) {
        Instant now = clock.instant();
        byte[] account = accountKey(email);
        List<byte[]> keys = ip == null ? List.of(account) : List.of(account, addressKey(ip));
        var rows = tx.execute(status -> db.selectFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.KEY_HASH.in(keys))
                .fetch());
        Duration longest = Duration.ZERO;
        for (var row : rows == null ? List.<SignInThrottleRecord>of() : rows) {
            LockoutPolicy policy = Arrays.equals(row.getKeyHash(), account) ? accounts : addresses;
            Duration remaining = policy.remainingLock(toState(row), now).orElse(Duration.ZERO);
            longest = remaining.compareTo(longest) > 0 ? remaining : longest;
        }
        if (!longest.isZero()) {
            long seconds = Math.max(1, (long) Math.ceil(longest.toMillis() / 1000.0));
            throw new TooManyRequests(
                    "too_many_sign_in_attempts",
                    "too many failed sign-ins; try again in " + seconds + " seconds",
                    seconds);
        }
    }

    /** Counts a failure; answers the account lockout it started, if any. */
    public Optional<Duration> recordFailure(String email, @Nullable String ip) {
        if (ip != null) {
            fail(addressKey(ip), addresses);
        }
        return fail(accountKey(email), accounts);
    }

    public void recordSuccess(String email) {
        byte[] key = accountKey(email);
        tx.executeWithoutResult(status -> db.deleteFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.KEY_HASH.eq(key))
                .execute());
    }

    private Optional<Duration> fail(byte[] key, LockoutPolicy policy) {
        return Optional.ofNullable(tx.execute(status -> {
            Instant now = clock.instant();
            db.insertInto(SIGN_IN_THROTTLE)
                    .set(SIGN_IN_THROTTLE.KEY_HASH, key)
                    .set(SIGN_IN_THROTTLE.WINDOW_STARTED_AT, Users.utc(now))
                    .set(SIGN_IN_THROTTLE.LAST_FAILURE_AT, Users.utc(now))
                    .onConflictDoNothing()
                    .execute();
            var row = db.selectFrom(SIGN_IN_THROTTLE)
                    .where(SIGN_IN_THROTTLE.KEY_HASH.eq(key))
                    .forUpdate()
                    .fetchOne();
            var failure = policy.afterFailure(toState(row), now);
            var after = failure.state();
            row.setFailures(after.failures());
            row.setWindowStartedAt(Users.utc(after.windowStartedAt()));
            row.setLockouts(after.lockouts());
            row.setLockedUntil(after.lockedUntil() == null ? null : Users.utc(after.lockedUntil()));
            row.setLastFailureAt(Users.utc(after.lastFailureAt()));
            row.store();
            return failure.lockedFor();
        }));
    }

    private static LockoutPolicy.State toState(SignInThrottleRecord r) {
        return new LockoutPolicy.State(
                r.getFailures(),
                r.getWindowStartedAt().toInstant(),
                r.getLockouts(),
                Users.instant(r.getLockedUntil()),
                r.getLastFailureAt().toInstant());
    }

    static byte[] accountKey(String email) {
        return sha256("account:" + email.trim().toLowerCase(Locale.ROOT));
    }

    static byte[] addressKey(String ip) {
        return sha256("address:" + ip);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
