package io.switchboard.identity;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.identity.internal.Permissions;
import io.switchboard.identity.internal.SecondFactor;
import io.switchboard.identity.internal.SecuritySettingsStore;
import io.switchboard.identity.internal.Users;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** A signed-in user's own two-factor authentication: enrol, confirm, new recovery codes, turn off. */
@Service
public class TwoFactor {

    private final SecondFactor secondFactor;
    private final SecuritySettingsStore settings;
    private final Users users;
    private final Permissions permissions;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    TwoFactor(
            SecondFactor secondFactor,
            SecuritySettingsStore settings,
            Users users,
            Permissions permissions,
            AuditLog audit,
            TransactionTemplate tx) {
        this.secondFactor = secondFactor;
        this.settings = settings;
        this.users = users;
        this.permissions = permissions;
        this.audit = audit;
        this.tx = tx;
    }

    /**
     * @param required whether the organization's policy requires 2FA of this user
     */
    public record Status(boolean enabled, int recoveryCodesLeft, boolean required) {}

    public Status status(AuthenticatedUser self) {
        return asSelf(self, () -> {
            var user = users.findRecord(self.id()).orElseThrow(() -> new NotFound("user", self.id()));
            return new Status(
                    secondFactor.enabled(self.id()),
                    secondFactor.recoveryCodesLeft(self.id()),
                    settings.current().twoFactorPolicy().requires(permissions.of(user)));
        });
    }

    public Enrolment beginEnrolment(AuthenticatedUser self) {
        self.requireSession();
        return asSelf(self, () -> {
            if (secondFactor.enabled(self.id())) {
                throw new Conflict("two_factor_already_enabled", "2FA is already on; turn it off first to re-enrol");
            }
            return secondFactor.begin(self.id(), self.email());
        });
    }

    /** Turns 2FA on with a first code from the app; answers the ten recovery codes (shown once). */
    public List<String> confirmEnrolment(AuthenticatedUser self, String code) {
        self.requireSession();
        return asSelf(self, () -> {
            List<String> codes = secondFactor.confirm(self.id(), code).orElseThrow(TwoFactor::wrongCode);
            audit.record(
                    AuditRecord.of("auth.two_factor_enabled", "users", self.id().value()));
            return codes;
        });
    }

    public List<String> regenerateRecoveryCodes(AuthenticatedUser self, String code) {
        self.requireSession();
        return asSelf(self, () -> {
            secondFactor.check(self.id(), code).orElseThrow(TwoFactor::wrongCode);
            audit.record(AuditRecord.of(
                    "auth.recovery_codes_regenerated", "users", self.id().value()));
            return secondFactor.newRecoveryCodes(self.id());
        });
    }

    /** Turns 2FA off, proven with a current code; refused while the organization requires it. */
    public void disable(AuthenticatedUser self, String code) {
        self.requireSession();
        asSelf(self, () -> {
            var user = users.findRecord(self.id()).orElseThrow(() -> new NotFound("user", self.id()));
            if (settings.current().twoFactorPolicy().requires(permissions.of(user))) {
                throw new Conflict("two_factor_required", "your organization requires 2FA for you");
            }
            secondFactor.check(self.id(), code).orElseThrow(TwoFactor::wrongCode);
            secondFactor.disable(self.id());
            audit.record(AuditRecord.of(
                    "auth.two_factor_disabled", "users", self.id().value()));
            return null;
        });
    }

    private <T> T asSelf(AuthenticatedUser self, Supplier<T> work) {
        return TenantContext.callAs(self.homeOrganizationId(), () -> tx.execute(status -> work.get()));
    }

    private static InvalidInput wrongCode() {
        return new InvalidInput("code", "invalid_two_factor_code", "is not a current code from your authenticator app");
    }
}
