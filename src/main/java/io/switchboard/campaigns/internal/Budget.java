package io.switchboard.campaigns.internal;

import io.switchboard.billing.Credits;
import io.switchboard.db.tables.records.CampaignsRecord;
import io.switchboard.telephony.CallManagement;
import io.switchboard.telephony.CampaignSpend;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What is left of a campaign's budget, in calls: the dialer paces by it and the monitor shows it. */
@Component
public class Budget {

    private final Credits credits;
    private final CallManagement calls;

    Budget(Credits credits, CallManagement calls) {
        this.credits = credits;
        this.calls = calls;
    }

    /**
     * How many more calls the campaign's budget pays for: the budget less the credits charged for
     * its ended calls and a standard hold for each call still on, in holds. Unlimited without a
     * budget, or when calls cost nothing (billing off).
     */
    public int affordable(CampaignsRecord campaign) {
        return affordable(campaign.getId(), campaign.getBudgetMinor());
    }

    public int affordable(UUID campaign, @Nullable Long budget) {
        if (budget == null) {
            return Integer.MAX_VALUE;
        }
        long hold = credits.estimateHold().amount();
        if (hold <= 0) {
            return Integer.MAX_VALUE;
        }
        CampaignSpend spend = calls.campaignSpend(campaign);
        long left = budget - spend.charged() - spend.open() * hold;
        return (int) Math.clamp(left / hold, 0, Integer.MAX_VALUE);
    }
}
