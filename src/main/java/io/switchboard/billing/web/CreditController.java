package io.switchboard.billing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.billing.Balance;
import io.switchboard.billing.BillingSettings;
import io.switchboard.billing.BillingSettingsChanges;
import io.switchboard.billing.CreditManagement;
import io.switchboard.billing.Credits;
import io.switchboard.billing.HoldEstimate;
import io.switchboard.billing.LedgerEntry;
import io.switchboard.billing.LedgerKind;
import io.switchboard.billing.TopUp;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Credits",
        description = "The organization's call credit in minor units: balance, ledger, top-ups, rate and hold size."
                + " Calls are charged per started minute (61 s = 2 minutes) at the rate fixed when their credit was"
                + " held; the balance never goes negative.")
class CreditController {

    private final Credits credits;
    private final CreditManagement management;

    CreditController(Credits credits, CreditManagement management) {
        this.credits = credits;
        this.management = management;
    }

    /**
     * @param balance the available balance, minor units
     * @param held reserved by calls in progress
     * @param canTopUp whether the caller may top up and set the rate (see billing_enabled)
     * @param ledger the most recent entries, newest first
     * @param ledgerNextCursor pass as cursor for older entries
     */
    record CreditsView(
            long balance,
            long held,
            String currency,
            long ratePerMinute,
            int holdMinutes,
            long lowBalanceThreshold,
            boolean billingEnabled,
            boolean canTopUp,
            List<LedgerEntry> ledger,
            @Nullable String ledgerNextCursor) {}

    /** @param amount minor units (2500 = 25.00), a whole number from 1 to the install's maximum */
    record TopUpRequest(@NotNull BigDecimal amount, @Nullable @Size(max = 500) String note) {}

    record SettingsChange(
            @Nullable Long ratePerMinute, @Nullable Integer holdMinutes, @Nullable Long lowBalanceThreshold) {}

    @GetMapping("/api/v1/credits")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "Balance, settings and the recent ledger (limit, cursor page the ledger)")
    CreditsView get(
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit,
            @AuthenticationPrincipal AuthenticatedUser me) {
        Balance balance = credits.balance();
        BillingSettings settings = credits.settings();
        CursorPage<LedgerEntry> ledger = management.ledger(null, null, cursor, limit == null ? 20 : limit);
        return new CreditsView(
                balance.available(),
                balance.held(),
                balance.currency(),
                settings.ratePerMinute(),
                settings.holdMinutes(),
                settings.lowBalanceThreshold(),
                management.billingEnabled(),
                mayManage(me),
                ledger.data(),
                ledger.nextCursor());
    }

    @GetMapping("/api/v1/credits/ledger")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "The ledger, newest first; filter by kind or call_id")
    CursorPage<LedgerEntry> ledger(
            @RequestParam(required = false) @Nullable LedgerKind kind,
            @RequestParam(name = "call_id", required = false) @Nullable UUID callId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return management.ledger(kind, callId, cursor, limit);
    }

    @GetMapping("/api/v1/credits/estimate")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "The standard hold the next call takes (rate × hold minutes) and whether it is covered")
    HoldEstimate estimate() {
        return credits.estimateHold();
    }

    @PostMapping("/api/v1/credits/top-ups")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('platform:admin') or hasAuthority('billing:write')")
    @Operation(
            summary = "Add credit (amount in minor units)",
            description = "Platform super admins always; organization admins (billing:write) only while billing is"
                    + " off (switchboard.billing.enabled=false, the self-hosted default), else 403 billing_enabled.")
    TopUp topUp(@Valid @RequestBody TopUpRequest body, @AuthenticationPrincipal AuthenticatedUser me) {
        return management.topUp(wholeUnits(body.amount()), body.note(), me.has(Permission.PLATFORM_ADMIN));
    }

    @PostMapping("/api/v1/credits/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('platform:admin')")
    @Operation(summary = "Correct the balance either way, with a note (platform super admins)")
    TopUp adjust(@Valid @RequestBody TopUpRequest body, @AuthenticationPrincipal AuthenticatedUser me) {
        return management.adjust(wholeUnits(body.amount()), body.note(), me.has(Permission.PLATFORM_ADMIN));
    }

    @PatchMapping("/api/v1/credits/settings")
    @PreAuthorize("hasAuthority('platform:admin') or hasAuthority('billing:write')")
    @Operation(
            summary = "Change the rate per minute, hold minutes or low-balance threshold (merge-patch)",
            description = "The rate and hold size follow the same rule as top-ups; the threshold any billing:write"
                    + " holder may set.")
    BillingSettings settings(@RequestBody SettingsChange body, @AuthenticationPrincipal AuthenticatedUser me) {
        return management.updateSettings(
                new BillingSettingsChanges(body.ratePerMinute(), body.holdMinutes(), body.lowBalanceThreshold()),
                me.has(Permission.PLATFORM_ADMIN));
    }

    private boolean mayManage(AuthenticatedUser me) {
        return management.mayManageCredit(me.has(Permission.PLATFORM_ADMIN), me.has(Permission.BILLING_WRITE));
    }

    static long wholeUnits(BigDecimal amount) {
        try {
            return amount.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInput("amount", "invalid_amount", "must be a whole number of minor units (2500 = 25.00)");
        }
    }
}
