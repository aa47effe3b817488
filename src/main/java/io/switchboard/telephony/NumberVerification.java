package io.switchboard.telephony;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditRecord;
import io.switchboard.db.tables.records.PhoneNumbersRecord;
import io.switchboard.shared.CallerContext;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.Problem;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.internal.Numbers;
import io.switchboard.telephony.internal.VoiceProviders;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settles who owns a phone number. Adding a number only claims it, and several organizations may
 * claim one, so adding never tells whether another organization has it. An organization proves a
 * number through its provider account (the provider's list of the account's numbers, asked with
 * the account's own credentials); the number is then verified for it alone, and the other
 * organizations' claims are released, each with an entry in that organization's audit trail. A
 * number already verified elsewhere is refused with the same answer as one the account does not
 * hold. No transaction is open while the provider is asked.
 */
@Service
public class NumberVerification {

    private final Numbers numbers;
    private final VoiceProviders providers;
    private final VoiceProviderSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    NumberVerification(
            Numbers numbers,
            VoiceProviders providers,
            VoiceProviderSettings settings,
            AuditLog audit,
            TransactionTemplate tx) {
        this.numbers = numbers;
        this.providers = providers;
        this.settings = settings;
        this.audit = audit;
        this.tx = tx;
    }

    public PhoneNumber verify(PhoneNumberId id) {
        PhoneNumbersRecord number = Objects.requireNonNull(
                tx.execute(s -> numbers.findRecord(id).orElseThrow(() -> new NotFound("phone_number", id))));
        if (!number.getActive()) {
            throw new Conflict("number_inactive", "only an active number can be verified");
        }
        ProviderKind kind = ProviderKind.fromCode(number.getProvider());
        String phone = number.getPhoneNumber();
        boolean held = holds(kind, phone, Objects.requireNonNull(tx.execute(s -> settings.account(kind))));
        UUID self = TenantContext.require().value();
        List<Numbers.Claim> claims = Objects.requireNonNull(tx.execute(s -> numbers.claims(phone)));
        if (!held
                || claims.stream()
                        .anyMatch(c -> c.verified() && !c.organizationId().equals(self))) {
            throw notProven(kind);
        }
        try {
            tx.executeWithoutResult(s -> numbers.markVerified(id));
        } catch (DataIntegrityViolationException e) {
            throw notProven(kind); // another organization proved it a moment ago
        }
        claims.stream()
                .filter(c -> !c.verified() && !c.organizationId().equals(self))
                .forEach(this::release);
        return Objects.requireNonNull(
                tx.execute(s -> numbers.toNumber(numbers.findRecord(id).orElseThrow())));
    }

    /**
     * In the other organization, as the system: its audit trail must not name the verifying
     * organization's user or address.
     */
    private void release(Numbers.Claim claim) {
        try (var system = CallerContext.open(CallerContext.Caller.anonymous(null, null))) {
            TenantContext.runAs(
                    OrganizationId.of(claim.organizationId()),
                    () -> tx.executeWithoutResult(s -> {
                        if (numbers.release(claim.numberId())) {
                            audit.record(AuditRecord.of(
                                            "phone_number.claim_released", "phone_numbers", claim.numberId())
                                    .values(
                                            Map.of("ownership", NumberOwnership.UNVERIFIED.toString(), "active", true),
                                            Map.of("ownership", NumberOwnership.RELEASED.toString(), "active", false)));
                        }
                    }));
        }
    }

    private boolean holds(ProviderKind kind, String phone, ProviderAccount account) {
        try {
            return providers.get(kind).owns(phone, account);
        } catch (ProviderException e) {
            if ("unsupported".equals(e.code())) {
                throw new Conflict(
                        "verification_unsupported",
                        kind + " has no list of an account's numbers to prove ownership with");
            }
            throw new Problem(HttpStatus.BAD_GATEWAY, e.code(), "Bad gateway", e.getMessage());
        }
    }

    private static Conflict notProven(ProviderKind kind) {
        return new Conflict(
                "number_not_verified",
                "the number is verified only when your " + kind
                        + " account holds it and no other account has verified it");
    }
}
