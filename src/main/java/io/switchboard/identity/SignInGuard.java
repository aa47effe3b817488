package io.switchboard.identity;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.audit.Outcome;
import io.switchboard.audit.SecurityEvent;
import io.switchboard.audit.SecurityEventKind;
import io.switchboard.audit.SecurityEvents;
import io.switchboard.audit.Severity;
import io.switchboard.identity.internal.SecuritySettingsStore;
import io.switchboard.identity.internal.SignInThrottle;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What stands around a credential check: lockouts (database-backed, so they hold across nodes), the
 * organization's IP allowlist, and the audit entries and security events failures leave behind.
 */
@Component
class SignInGuard {

    private final SignInThrottle throttle;
    private final SecuritySettingsStore settings;
    private final SecurityEvents securityEvents;
    private final AuditLog audit;

    SignInGuard(
            SignInThrottle throttle, SecuritySettingsStore settings, SecurityEvents securityEvents, AuditLog audit) {
        this.throttle = throttle;
        this.settings = settings;
        this.securityEvents = securityEvents;
        this.audit = audit;
    }

    void checkNotLocked(String email, ClientInfo client) {
        throttle.checkNotLocked(email, client.ipAddress());
    }

    void succeeded(String email) {
        throttle.recordSuccess(email);
    }

    /** Counts a failed sign-in; for a known account also audits it and reports security events. */
    void failed(String email, ClientInfo client, Users.@Nullable SignInTarget target, String reason) {
        Optional<Duration> lockout = throttle.recordFailure(email, client.ipAddress());
        if (target == null) {
            return;
        }
        UUID user = target.user().value();
        TenantContext.runAs(target.organization(), () -> {
            audit.recordIndependently(AuditRecord.of("auth.sign_in_failed", "users", user)
                    .by(user)
                    .outcome(Outcome.FAILURE)
                    .values(null, Map.of("reason", reason)));
            securityEvents.record(new SecurityEvent.Report(
                    SecurityEventKind.SIGN_IN_FAILED, Severity.WARNING, user, email, Map.of("reason", reason)));
            lockout.ifPresent(length -> securityEvents.record(new SecurityEvent.Report(
                    SecurityEventKind.ACCOUNT_LOCKED,
                    Severity.CRITICAL,
                    user,
                    email,
                    Map.of("locked_seconds", length.toSeconds()))));
        });
    }

    /**
     * Refuses a client address outside the organization's allowlist (403, and a security event).
     * Runs inside the organization's transaction.
     */
    void checkAddressAllowed(UserId user, @Nullable String email, ClientInfo client) {
        checkAddressAllowed(allowlist(), user, email, client);
    }

    /** The organization's allowlist, read in its transaction. */
    IpAllowlist allowlist() {
        return settings.current().ipAllowlist();
    }

    /** {@link #checkAddressAllowed(UserId, String, ClientInfo)} against an allowlist read before. */
    void checkAddressAllowed(IpAllowlist allowlist, UserId user, @Nullable String email, ClientInfo client) {
        if (!allowlist.allows(client.ipAddress())) {
            report(
                    TenantContext.require(),
                    SecurityEventKind.IP_DENIED,
                    Severity.WARNING,
                    user.value(),
                    email,
                    Map.of("address", String.valueOf(client.ipAddress())));
            throw new Forbidden("ip_not_allowed", "your organization does not allow access from this address");
        }
    }

    void report(
            OrganizationId organization,
            SecurityEventKind kind,
            Severity severity,
            @Nullable UUID user,
            @Nullable String email,
            Map<String, Object> detail) {
        TenantContext.runAs(
                organization,
                () -> securityEvents.record(new SecurityEvent.Report(kind, severity, user, email, detail)));
    }
}
