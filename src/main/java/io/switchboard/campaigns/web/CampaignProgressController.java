package io.switchboard.campaigns.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.CampaignMembership;
import io.switchboard.campaigns.CampaignMonitoring;
import io.switchboard.campaigns.CampaignProgress;
import io.switchboard.campaigns.MessageProgress;
import io.switchboard.campaigns.Progress;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Campaigns")
class CampaignProgressController {

    private final CampaignMonitoring monitoring;
    private final CampaignMembership membership;

    CampaignProgressController(CampaignMonitoring monitoring, CampaignMembership membership) {
        this.monitoring = monitoring;
        this.membership = membership;
    }

    @GetMapping("/api/v1/campaigns/{id}/progress")
    @PreAuthorize("hasAuthority('campaigns:read')")
    @Operation(
            summary = "Progress: for calls, members done and remaining, pace and ETA, why it waits, calls over time;"
                    + " for messages, the message figures",
            description = "A calling campaign: waiting lists each reason the dialer places no more calls now (code,"
                    + " count, of, next); activity counts the calls placed and answered per bucket (bucket: PT5M or"
                    + " PT1H). A message campaign (type sms, email, whatsapp) answers its messages instead: members,"
                    + " sent, waiting, delivered, read, failed, refused, replied, pending and percent_done (members"
                    + " no longer pending of all).")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(oneOf = {CampaignProgress.class, MessageProgress.class})))
    Progress progress(@PathVariable UUID id) {
        CampaignId campaign = CampaignId.of(id);
        MessageProgress messages = membership.messageProgress(campaign);
        return messages != null ? messages : monitoring.progress(campaign);
    }
}
