package io.switchboard.campaigns.internal;

import io.switchboard.campaigns.CampaignId;
import io.switchboard.notifications.RealtimeHub;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the consoles watching a campaign ({@code campaign:<id>}) that its funnel or counters moved. */
@Component
public class CampaignFeed {

    private final RealtimeHub hub;

    CampaignFeed(RealtimeHub hub) {
        this.hub = hub;
    }

    public void changed(UUID organization, CampaignId campaign) {
        hub.publish(organization, "campaign:" + campaign, "campaign.changed", Map.of("campaign_id", campaign.value()));
    }
}
