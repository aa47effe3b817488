package io.switchboard.analytics.internal;

import io.switchboard.billing.Credits;
import io.switchboard.sources.DailySpend;
import io.switchboard.sources.MarketingCampaigns;
import io.switchboard.sources.Vendor;
import io.switchboard.sources.VendorManagement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What leads cost, read from their module when days are rolled up: vendors' prices per lead and
 * marketing campaigns' spend per day. Only amounts in the organization's currency (its credit's)
 * count: there are no exchange rates.
 */
@Component
class Spending {

    private final Credits credits;
    private final VendorManagement vendors;
    private final MarketingCampaigns marketing;

    Spending(Credits credits, VendorManagement vendors, MarketingCampaigns marketing) {
        this.credits = credits;
        this.vendors = vendors;
        this.marketing = marketing;
    }

    /** The prices and spend that the figures of {@code days} count, as parallel arrays for SQL. */
    Prices of(Collection<LocalDate> days) {
        String currency = credits.balance().currency();
        List<Vendor> priced = vendors.all().stream()
                .filter(v ->
                        v.costPerLead() != null && v.costPerLead().currency().equals(currency))
                .toList();
        List<DailySpend> spend = days.isEmpty()
                ? List.of()
                : marketing.dailySpend(null, Collections.min(days), Collections.max(days)).stream()
                        .filter(s -> s.currency().equals(currency))
                        .toList();
        return new Prices(
                currency,
                priced.stream().map(v -> v.id().value()).toArray(UUID[]::new),
                priced.stream().map(v -> v.costPerLead().amountMinor()).toArray(Long[]::new),
                spend.stream().map(s -> s.campaignId().value()).toArray(UUID[]::new),
                spend.stream().map(DailySpend::day).toArray(LocalDate[]::new),
                spend.stream().map(DailySpend::amountMinor).toArray(Long[]::new));
    }

    /** Vendor prices and marketing spend per day, in {@code currency}. */
    record Prices(String currency, UUID[] vendors, Long[] costs, UUID[] campaigns, LocalDate[] days, Long[] amounts) {}
}
