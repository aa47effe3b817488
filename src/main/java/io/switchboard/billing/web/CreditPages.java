package io.switchboard.billing.web;

import io.switchboard.billing.Amounts;
import io.switchboard.billing.Balance;
import io.switchboard.billing.BillingSettings;
import io.switchboard.billing.BillingSettingsChanges;
import io.switchboard.billing.CreditManagement;
import io.switchboard.billing.Credits;
import io.switchboard.billing.LedgerEntry;
import io.switchboard.billing.LedgerKind;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.NavigationEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The credits page: balance, ledger, top-up and settings forms for those allowed. */
@Controller
@ConsolePage
class CreditPages {

    private final Credits credits;
    private final CreditManagement management;

    CreditPages(Credits credits, CreditManagement management) {
        this.credits = credits;
        this.management = management;
    }

    @Bean
    static NavigationEntry creditsNavigation() {
        return new NavigationEntry("Organization", "Credits", "/credits", "billing:read", 930);
    }

    /**
     * A ledger entry with its amounts written out: a settled call's {@code amount} is its charge
     * and {@code cost} says what of its hold returned to the available balance.
     */
    record Row(LedgerEntry entry, String amount, String availableAfter, String heldAfter, String cost) {}

    @GetMapping("/credits")
    @PreAuthorize("hasAuthority('billing:read')")
    String page(
            @RequestParam(required = false) @Nullable String cursor,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        Balance balance = credits.balance();
        BillingSettings settings = credits.settings();
        CursorPage<LedgerEntry> ledger = management.ledger(null, null, cursor, 50);
        String currency = balance.currency();
        model.addAttribute("available", Amounts.format(balance.available(), currency));
        model.addAttribute("held", Amounts.format(balance.held(), currency));
        model.addAttribute("settings", settings);
        model.addAttribute("rate", Amounts.format(settings.ratePerMinute(), currency));
        model.addAttribute("holdAmount", Amounts.format(settings.holdAmount(), currency));
        model.addAttribute("threshold", Amounts.format(settings.lowBalanceThreshold(), currency));
        model.addAttribute("rateInput", Amounts.plain(settings.ratePerMinute(), currency));
        model.addAttribute("thresholdInput", Amounts.plain(settings.lowBalanceThreshold(), currency));
        model.addAttribute("rows", ledger.data().stream().map(CreditPages::row).toList());
        model.addAttribute("nextCursor", ledger.nextCursor());
        model.addAttribute("billingEnabled", management.billingEnabled());
        model.addAttribute(
                "canManage",
                management.mayManageCredit(me.has(Permission.PLATFORM_ADMIN), me.has(Permission.BILLING_WRITE)));
        return "billing/credits";
    }

    @PostMapping("/credits/top-ups")
    @PreAuthorize("hasAuthority('platform:admin') or hasAuthority('billing:write')")
    String topUp(
            @RequestParam String amount,
            @RequestParam(required = false) @Nullable String note,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        String currency = credits.balance().currency();
        var topUp =
                management.topUp(Amounts.parse("amount", amount, currency), note, me.has(Permission.PLATFORM_ADMIN));
        return alert(model, "Added " + Amounts.format(topUp.amount(), currency) + ".");
    }

    @PostMapping("/credits/settings")
    @PreAuthorize("hasAuthority('platform:admin') or hasAuthority('billing:write')")
    String settings(
            @RequestParam(name = "rate_per_minute", required = false) @Nullable String rate,
            @RequestParam(name = "hold_minutes", required = false) @Nullable Integer holdMinutes,
            @RequestParam(name = "low_balance_threshold") String threshold,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        String currency = credits.balance().currency();
        management.updateSettings(
                new BillingSettingsChanges(
                        rate == null || rate.isBlank() ? null : Amounts.parse("rate_per_minute", rate, currency),
                        holdMinutes,
                        Amounts.parse("low_balance_threshold", threshold, currency)),
                me.has(Permission.PLATFORM_ADMIN));
        return alert(model, "Billing settings saved.");
    }

    private static Row row(LedgerEntry e) {
        if (e.kind() == LedgerKind.SETTLEMENT) {
            // A settlement moves the hold back and keeps the charge: what a person wants to see is
            // the charge, not the "+0.40" that returned to the available balance.
            long charge = -(e.amount() + e.heldDelta());
            return new Row(
                    e,
                    "−" + Amounts.format(charge, e.currency()),
                    Amounts.format(e.availableAfter(), e.currency()),
                    Amounts.format(e.heldAfter(), e.currency()),
                    Amounts.format(e.amount(), e.currency()) + " of the hold returned");
        }
        return new Row(
                e,
                (e.amount() > 0 ? "+" : "") + Amounts.format(e.amount(), e.currency()),
                Amounts.format(e.availableAfter(), e.currency()),
                Amounts.format(e.heldAfter(), e.currency()),
                "");
    }

    private static String alert(Model model, String message) {
        model.addAttribute("kind", "success");
        model.addAttribute("message", message);
        return "fragments :: alert(kind=${kind}, message=${message})";
    }
}
