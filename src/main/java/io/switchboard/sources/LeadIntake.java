package io.switchboard.sources;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.NewLead;
import io.switchboard.shared.InvalidInput;
import io.switchboard.sources.internal.Campaigns;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads posted by vendors: attributed to the vendor and, when named, to one of its marketing
 * campaigns; checked for duplicates like any other lead.
 */
@Service
public class LeadIntake {

    private final LeadManagement leads;
    private final Campaigns campaigns;

    LeadIntake(LeadManagement leads, Campaigns campaigns) {
        this.leads = leads;
        this.campaigns = campaigns;
    }

    public record IntakeLead(
            String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String company,
            @Nullable String timezone,
            @Nullable MarketingCampaignId marketingCampaignId,
            @Nullable Map<String, Object> customFields) {}

    @Transactional
    public Lead capture(VendorId vendor, IntakeLead lead) {
        if (lead.marketingCampaignId() != null) {
            var campaign = campaigns
                    .findRecord(lead.marketingCampaignId())
                    .orElseThrow(
                            () -> new InvalidInput("marketing_campaign_id", "invalid_reference", "no such campaign"));
            if (campaign.getVendorId() != null && !campaign.getVendorId().equals(vendor.value())) {
                throw new InvalidInput("marketing_campaign_id", "invalid_reference", "belongs to another vendor");
            }
        }
        NewLead command = new NewLead(
                lead.name(),
                lead.email(),
                lead.phone(),
                lead.timezone(),
                lead.company(),
                null,
                LeadSource.VENDOR,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                vendor.value(),
                lead.marketingCampaignId() == null
                        ? null
                        : lead.marketingCampaignId().value(),
                lead.customFields(),
                null,
                false);
        return leads.create(command, null);
    }
}
