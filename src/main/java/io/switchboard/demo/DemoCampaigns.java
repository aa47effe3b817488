package io.switchboard.demo;

import io.switchboard.campaigns.Campaign;
import io.switchboard.campaigns.CampaignManagement;
import io.switchboard.campaigns.CampaignMembership;
import io.switchboard.campaigns.CampaignSchedule;
import io.switchboard.campaigns.CampaignType;
import io.switchboard.campaigns.DialOrder;
import io.switchboard.campaigns.NewCampaign;
import io.switchboard.campaigns.RetryDelays;
import io.switchboard.identity.User;
import io.switchboard.leads.LeadFilter;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's calling campaign, active from the first start on the simulated provider: the dialer
 * calls the demo leads that are inside their calling window now (the gate defers the others), so a
 * newcomer watches the funnel move on the campaign's page.
 */
@Component
class DemoCampaigns {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);

    private final CampaignManagement campaigns;
    private final CampaignMembership membership;

    DemoCampaigns(CampaignManagement campaigns, CampaignMembership membership) {
        this.campaigns = campaigns;
        this.membership = membership;
    }

    void create(User admin) {
        Campaign campaign = campaigns.create(
                new NewCampaign(
                        "Lakeside open-house invitations",
                        "Invites every lead with a phone number to the Lakeside Condos open house; hot buyers are"
                                + " handed to the sales floor.",
                        CampaignType.AI_CALLING,
                        null,
                        null,
                        null,
                        List.of(),
                        LeadFilter.withPhone(),
                        CampaignSchedule.always(),
                        250_000L,
                        "USD",
                        Map.of("answered", 40, "transferred", 10),
                        3,
                        2,
                        new RetryDelays(60, 30, 240, 15),
                        DialOrder.SCORE_DESC),
                admin.id().value());
        var added = membership.addByCriteria(
                campaign.id(), LeadFilter.withPhone(), admin.id().value());
        campaigns.start(campaign.id(), admin.id().value());
        log.info("Demo: campaign '{}' started with {} members", campaign.name(), added.added());
    }
}
