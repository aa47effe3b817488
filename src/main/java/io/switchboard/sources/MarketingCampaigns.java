package io.switchboard.sources;

import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import io.switchboard.sources.internal.Campaigns;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Marketing campaigns with their platform, budget and spend. */
@Service
public class MarketingCampaigns {

    private final Campaigns campaigns;

    MarketingCampaigns(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Transactional(readOnly = true)
    public List<MarketingCampaign> all() {
        return campaigns.all();
    }

    @Transactional(readOnly = true)
    public MarketingCampaign get(MarketingCampaignId id) {
        return campaigns
                .findRecord(id)
                .map(Campaigns::toCampaign)
                .orElseThrow(() -> new NotFound("marketing campaign", id));
    }

    @Transactional
    public MarketingCampaign create(NewMarketingCampaign command) {
        command.requireDatesInOrder();
        var record = campaigns.newRecord();
        record.setOrganizationId(TenantContext.require().value());
        record.setId(MarketingCampaignId.generate().value());
        record.setName(command.name().strip());
        record.setVendorId(
                command.vendorId() == null ? null : command.vendorId().value());
        record.setPlatform((command.platform() == null ? Platform.OTHER : command.platform()).toString());
        if (command.budget() != null) {
            record.setBudgetMinor(command.budget().amountMinor());
            record.setCurrency(command.budget().currency());
        }
        record.setStartsOn(command.startsOn());
        record.setEndsOn(command.endsOn());
        record.store();
        record.refresh();
        return Campaigns.toCampaign(record);
    }

    /** Adds spend (minor units, the campaign's currency). */
    @Transactional
    public MarketingCampaign recordSpend(MarketingCampaignId id, long amountMinor) {
        if (amountMinor < 0) {
            throw new InvalidInput("amount_minor", "invalid_amount", "must not be negative");
        }
        var record = campaigns.findRecord(id).orElseThrow(() -> new NotFound("marketing campaign", id));
        record.setSpendMinor(record.getSpendMinor() + amountMinor);
        record.store();
        return Campaigns.toCampaign(record);
    }

    @Transactional
    public void delete(MarketingCampaignId id) {
        campaigns
                .findRecord(id)
                .orElseThrow(() -> new NotFound("marketing campaign", id))
                .delete();
    }
}
