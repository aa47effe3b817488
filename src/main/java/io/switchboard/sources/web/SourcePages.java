package io.switchboard.sources.web;

import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.Currencies;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.Money;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.sources.MarketingCampaignId;
import io.switchboard.sources.MarketingCampaigns;
import io.switchboard.sources.NewMarketingCampaign;
import io.switchboard.sources.Platform;
import io.switchboard.sources.Vendor;
import io.switchboard.sources.VendorId;
import io.switchboard.sources.VendorKey;
import io.switchboard.sources.VendorManagement;
import io.switchboard.sources.VendorPrice;
import io.switchboard.sources.VendorPricing;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Vendors (and their intake keys) and marketing campaigns. */
@Controller
@ConsolePage
class SourcePages {

    private final VendorManagement vendors;
    private final VendorPricing pricing;
    private final MarketingCampaigns campaigns;

    private final Clock clock;

    SourcePages(VendorManagement vendors, VendorPricing pricing, MarketingCampaigns campaigns, Clock clock) {
        this.vendors = vendors;
        this.pricing = pricing;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Bean
    static NavigationEntry sourcesNavigation() {
        return new NavigationEntry("Sales", "Lead sources", "/sources", "sources:manage", 130);
    }

    @GetMapping("/sources")
    @PreAuthorize("hasAuthority('sources:manage')")
    String page(Model model) {
        List<Vendor> all = vendors.all();
        model.addAttribute("vendors", all);
        model.addAttribute("prices", priceRows(all));
        model.addAttribute("campaigns", campaigns.all());
        model.addAttribute("platforms", Platform.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("pricingToday", pricing.today());
        return "sources/page";
    }

    /** A vendor's price from a day on, named for the page; the price in effect today marked. */
    record PriceRow(String vendor, VendorPrice price, boolean current) {}

    /** Every vendor's prices by vendor name, the latest effective day first. */
    private List<PriceRow> priceRows(List<Vendor> all) {
        Map<VendorId, String> names = all.stream().collect(Collectors.toMap(Vendor::id, Vendor::name));
        LocalDate today = pricing.today();
        Map<VendorId, LocalDate> inEffect = new HashMap<>();
        List<VendorPrice> history = pricing.all();
        history.stream()
                .filter(p -> !p.effectiveFrom().isAfter(today))
                .forEach(p -> inEffect.merge(p.vendorId(), p.effectiveFrom(), (a, b) -> a.isAfter(b) ? a : b));
        return history.stream()
                .filter(p -> names.containsKey(p.vendorId()))
                .map(p -> new PriceRow(
                        names.get(p.vendorId()), p, p.effectiveFrom().equals(inEffect.get(p.vendorId()))))
                .sorted(Comparator.comparing(PriceRow::vendor)
                        .thenComparing(r -> r.price().effectiveFrom(), Comparator.reverseOrder()))
                .toList();
    }

    @PostMapping("/sources/vendors")
    @PreAuthorize("hasAuthority('sources:manage')")
    String createVendor(
            @RequestParam String name,
            @RequestParam(name = "contact_email", required = false) @Nullable String email,
            Model model) {
        return showKey(vendors.create(name, email), model);
    }

    @PostMapping("/sources/vendors/{id}/key")
    @PreAuthorize("hasAuthority('sources:manage')")
    String rotate(@PathVariable UUID id, Model model) {
        return showKey(vendors.rotateKey(VendorId.of(id)), model);
    }

    @PostMapping("/sources/campaigns")
    @PreAuthorize("hasAuthority('sources:manage')")
    String createCampaign(
            @RequestParam String name,
            @RequestParam Platform platform,
            @RequestParam(name = "vendor_id", required = false) @Nullable UUID vendor,
            @RequestParam(required = false) @Nullable String budget,
            @RequestParam(required = false, defaultValue = "USD") String currency,
            @RequestParam(name = "starts_on", required = false) @Nullable LocalDate startsOn,
            @RequestParam(name = "ends_on", required = false) @Nullable LocalDate endsOn) {
        campaigns.create(new NewMarketingCampaign(
                name,
                vendor == null ? null : VendorId.of(vendor),
                platform,
                money(budget, currency),
                startsOn,
                endsOn));
        return "redirect:/sources";
    }

    @PostMapping("/sources/vendors/cost")
    @PreAuthorize("hasAuthority('sources:manage')")
    String vendorCost(
            @RequestParam(name = "vendor_id") UUID vendor,
            @RequestParam(name = "cost", required = false) @Nullable String cost,
            @RequestParam(required = false, defaultValue = "USD") String currency,
            @RequestParam(name = "effective_from", required = false) @Nullable LocalDate effectiveFrom) {
        pricing.set(
                VendorId.of(vendor),
                effectiveFrom == null ? pricing.today() : effectiveFrom,
                cost == null || cost.isBlank() ? null : amount("cost", cost, currency));
        return "redirect:/sources";
    }

    @PostMapping("/sources/campaigns/spend")
    @PreAuthorize("hasAuthority('sources:manage')")
    String daySpend(
            @RequestParam(name = "campaign_id") UUID campaign,
            @RequestParam LocalDate day,
            @RequestParam String amount) {
        MarketingCampaignId id = MarketingCampaignId.of(campaign);
        String currency = campaigns.get(id).spend().currency();
        campaigns.setDailySpend(id, day, amount("amount", amount, currency).amountMinor());
        return "redirect:/sources";
    }

    /** "120" or "120.50" in minor units of a known currency (0 decimals for JPY, 2 for USD…). */
    private static Money amount(String field, String text, String currency) {
        String code = Currencies.requireKnown("currency", currency.strip().toUpperCase(Locale.ROOT));
        try {
            int digits = Math.max(java.util.Currency.getInstance(code).getDefaultFractionDigits(), 0);
            return new Money(new BigDecimal(text.strip()).movePointRight(digits).longValueExact(), code);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInput(field, "invalid_amount", "is not an amount such as 120.50");
        }
    }

    private String showKey(VendorKey key, Model model) {
        model.addAttribute("key", key);
        return "sources/page :: key";
    }

    private static @Nullable Money money(@Nullable String amount, String currency) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return new Money(
                    new BigDecimal(amount.strip()).movePointRight(2).longValueExact(),
                    currency.strip().toUpperCase());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInput("budget", "invalid_amount", "is not an amount such as 5000.00");
        }
    }
}
