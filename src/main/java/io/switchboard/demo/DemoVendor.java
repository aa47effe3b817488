package io.switchboard.demo;

import io.switchboard.shared.Money;
import io.switchboard.sources.LeadIntake;
import io.switchboard.sources.MarketingCampaign;
import io.switchboard.sources.MarketingCampaigns;
import io.switchboard.sources.NewMarketingCampaign;
import io.switchboard.sources.Platform;
import io.switchboard.sources.VendorKey;
import io.switchboard.sources.VendorManagement;
import io.switchboard.sources.VendorPricing;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo's lead vendor: HomeFinder Leads with its Facebook campaign, a price per lead that went up a
 * week ago (so the Lead sources page shows a price history and the month's spend both prices) and two
 * leads it delivered.
 */
@Component
class DemoVendor {

    private final VendorManagement vendors;
    private final VendorPricing pricing;
    private final MarketingCampaigns campaigns;
    private final LeadIntake intake;

    DemoVendor(VendorManagement vendors, VendorPricing pricing, MarketingCampaigns campaigns, LeadIntake intake) {
        this.vendors = vendors;
        this.pricing = pricing;
        this.campaigns = campaigns;
        this.intake = intake;
    }

    /** Must run in the demo organization's tenant context. */
    void create() {
        VendorKey zillowish = vendors.create("HomeFinder Leads", "partners@homefinder.example");
        MarketingCampaign spring = campaigns.create(new NewMarketingCampaign(
                "Spring open house",
                zillowish.vendor().id(),
                Platform.FACEBOOK,
                new Money(1_500_000L, "USD"),
                LocalDate.now().minusDays(20),
                LocalDate.now().plusDays(40)));
        // The vendor raised its price a week ago: the month's spend shows both prices.
        pricing.set(zillowish.vendor().id(), LocalDate.now().minusDays(20), new Money(3_000L, "USD"));
        pricing.set(zillowish.vendor().id(), LocalDate.now().minusDays(7), new Money(3_500L, "USD"));
        intake.capture(
                zillowish.vendor().id(),
                new LeadIntake.IntakeLead(
                        "Taylor Reed",
                        "taylor.reed@example.com",
                        "(512) 555-0183",
                        null,
                        null,
                        spring.id(),
                        Map.of("budget", 525000, "bedrooms", 3)));
        intake.capture(
                zillowish.vendor().id(),
                new LeadIntake.IntakeLead(
                        "Jordan Patel", null, "(737) 555-0149", null, null, spring.id(), Map.of("budget", 460000)));
    }
}
