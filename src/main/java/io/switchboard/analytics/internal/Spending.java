package io.switchboard.analytics.internal;

import io.switchboard.billing.Credits;
import io.switchboard.shared.Money;
import io.switchboard.sources.DailySpend;
import io.switchboard.sources.MarketingCampaigns;
import io.switchboard.sources.VendorPrice;
import io.switchboard.sources.VendorPricing;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What leads cost, read from their module when days are rolled up: vendors' prices per lead (by the
 * day they take effect) and
 * marketing campaigns' spend per day. Only amounts in the organization's currency (its credit's)
 * count: there are no exchange rates.
 */
@Component
class Spending {

    private final Credits credits;
    private final VendorPricing pricing;
    private final MarketingCampaigns marketing;

    Spending(Credits credits, VendorPricing pricing, MarketingCampaigns marketing) {
        this.credits = credits;
        this.pricing = pricing;
        this.marketing = marketing;
    }

    /**
     * The prices and spend that the figures of {@code days} count, as parallel arrays for SQL. Every
     * vendor price goes in, by its effective day; one in another currency (or none) as a null cost, so
     * that it still ends the price before it.
     */
    Prices of(Collection<LocalDate> days) {
        String currency = credits.balance().currency();
        List<VendorPrice> priced = pricing.all();
        List<DailySpend> spend = days.isEmpty()
                ? List.of()
                : marketing.dailySpend(null, Collections.min(days), Collections.max(days)).stream()
                        .filter(s -> s.currency().equals(currency))
                        .toList();
        return new Prices(
                currency,
                priced.stream().map(p -> p.vendorId().value()).toArray(UUID[]::new),
                priced.stream().map(VendorPrice::effectiveFrom).toArray(LocalDate[]::new),
                priced.stream().map(p -> inCurrency(p, currency)).toArray(Long[]::new),
                spend.stream().map(s -> s.campaignId().value()).toArray(UUID[]::new),
                spend.stream().map(DailySpend::day).toArray(LocalDate[]::new),
                spend.stream().map(DailySpend::amountMinor).toArray(Long[]::new));
    }

    private static @Nullable Long inCurrency(VendorPrice price, String currency) {
        Money cost = price.costPerLead();
        return cost != null && cost.currency().equals(currency) ? cost.amountMinor() : null;
    }

    /** Vendor prices by effective day and marketing spend per day, in {@code currency}. */
    record Prices(
            String currency,
            UUID[] vendors,
            LocalDate[] effectiveFrom,
            @Nullable Long[] costs,
            UUID[] campaigns,
            LocalDate[] days,
            Long[] amounts) {}
}
