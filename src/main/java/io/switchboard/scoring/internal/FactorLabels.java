package io.switchboard.scoring.internal;

import io.switchboard.sources.MarketingCampaign;
import io.switchboard.sources.MarketingCampaigns;
import io.switchboard.sources.Vendor;
import io.switchboard.sources.VendorManagement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A model feature in words, with names for the vendor and marketing campaign ids it holds. */
@Component
public class FactorLabels {

    private static final Map<String, String> FEATURES = Map.ofEntries(
            Map.entry("source", "Source"),
            Map.entry("vendor", "Vendor"),
            Map.entry("marketing_campaign", "Marketing campaign"),
            Map.entry("country", "Country"),
            Map.entry("timezone", "Time zone"),
            Map.entry("attempts", "Call attempts"),
            Map.entry("answered", "Answered a call"),
            Map.entry("transferred", "Handed to a human"),
            Map.entry("first_contact", "First contact"),
            Map.entry("analysis", "Latest call analysis"),
            Map.entry("intent", "Intent"),
            Map.entry("sentiment", "Sentiment"));

    private final VendorManagement vendors;
    private final MarketingCampaigns campaigns;

    FactorLabels(VendorManagement vendors, MarketingCampaigns campaigns) {
        this.vendors = vendors;
        this.campaigns = campaigns;
    }

    /** The organization's vendor and marketing campaign names by id. */
    public Map<String, String> valueNames() {
        Map<String, String> names = new HashMap<>();
        for (Vendor v : vendors.all()) {
            names.put(v.id().toString(), v.name());
        }
        for (MarketingCampaign c : campaigns.all()) {
            names.put(c.id().toString(), c.name());
        }
        names.put("none", "none");
        return names;
    }

    public String label(String feature, String value, Map<String, String> names) {
        String name = feature.startsWith("custom.")
                ? capitalized(feature.substring("custom.".length()).replace('_', ' '))
                : FEATURES.getOrDefault(feature, capitalized(feature.replace('_', ' ')));
        String shown = feature.equals("vendor") || feature.equals("marketing_campaign")
                ? names.getOrDefault(value, "a removed one")
                : value.replace('_', ' ');
        return name + ": " + shown;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
