package io.switchboard.identity.internal;

import io.switchboard.identity.Enrolment;
import io.switchboard.shared.SecretBox;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The second factor of one user, inside the caller's organization transaction: enrolment, checking
 * a TOTP or recovery code, new recovery codes.
 */
@Component
public class SecondFactor {

    private final TwoFactorStore store;
    private final TotpCodes totp;
    private final SecretBox box;
    private final RecoveryCodes recoveryCodes;
    private final IdentityProperties.Security properties;

    SecondFactor(
            TwoFactorStore store,
            TotpCodes totp,
            SecretBox box,
            RecoveryCodes recoveryCodes,
            IdentityProperties identity) {
        this.store = store;
        this.totp = totp;
        this.box = box;
        this.recoveryCodes = recoveryCodes;
        this.properties = identity.security();
    }

    public boolean enabled(UserId user) {
        return store.isEnabled(user);
    }

    public int recoveryCodesLeft(UserId user) {
        return store.unusedRecoveryCodes(user);
    }

    /** A new, unconfirmed secret (replacing an unconfirmed one); refused while 2FA is on. */
    public Enrolment begin(UserId user, String email) {
        String secret = totp.newSecret();
        store.saveUnconfirmed(user, box.seal(secret, context(user)));
        String issuer = properties.twoFactor().issuer();
        return new Enrolment(secret, totp.otpauthUri(secret, email, issuer), totp.qrCode(secret, email, issuer));
    }

    /** Confirms a started enrolment with a current code; answers the new recovery codes. */
    public Optional<List<String>> confirm(UserId user, String code) {
        var record = store.totp(user).filter(t -> t.getConfirmedAt() == null);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        var step = totp.matchingStep(box.open(record.get().getSecretCiphertext(), context(user)), code, null);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        store.markUsed(user, step.getAsLong(), true);
        return Optional.of(newRecoveryCodes(user));
    }

    /** Checks a TOTP code or a recovery code (used up); answers which one passed. */
    public Optional<String> check(UserId user, String code) {
        if (RecoveryCodes.looksLikeRecoveryCode(code)) {
            return store.useRecoveryCode(user, recoveryCodes.hash(code))
                    ? Optional.of("recovery_code")
                    : Optional.empty();
        }
        var record = store.totp(user).filter(t -> t.getConfirmedAt() != null);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        var step = totp.matchingStep(
                box.open(record.get().getSecretCiphertext(), context(user)),
                code,
                record.get().getLastUsedStep());
        step.ifPresent(s -> store.markUsed(user, s, false));
        return step.isPresent() ? Optional.of("totp") : Optional.empty();
    }

    public List<String> newRecoveryCodes(UserId user) {
        List<String> codes = recoveryCodes.generate();
        store.replaceRecoveryCodes(user, codes.stream().map(recoveryCodes::hash).toList());
        return codes;
    }

    public void disable(UserId user) {
        store.disable(user);
    }

    private static String context(UserId user) {
        return "totp:" + TenantContext.require().value() + ":" + user.value();
    }
}
