package io.switchboard.campaigns.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.CampaignMonitoring;
import io.switchboard.campaigns.CampaignProgress;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Campaigns")
class CampaignProgressController {

    private final CampaignMonitoring monitoring;

    CampaignProgressController(CampaignMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping("/api/v1/campaigns/{id}/progress")
    @PreAuthorize("hasAuthority('campaigns:read')")
    @Operation(
            summary = "Progress: members done and remaining, pace and ETA, why it waits, calls over time",
            description = "waiting lists each reason the dialer places no more calls now (code, count, of, next);"
                    + " activity counts the calls placed and answered per bucket (bucket: PT5M or PT1H).")
    CampaignProgress progress(@PathVariable UUID id) {
        return monitoring.progress(CampaignId.of(id));
    }
}
