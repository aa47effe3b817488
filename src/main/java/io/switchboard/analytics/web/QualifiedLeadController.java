package io.switchboard.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.analytics.QualifiedLead;
import io.switchboard.analytics.QualifiedLeadFilter;
import io.switchboard.analytics.QualifiedLeads;
import io.switchboard.shared.CursorPage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Analytics")
class QualifiedLeadController {

    private final QualifiedLeads qualified;

    QualifiedLeadController(QualifiedLeads qualified) {
        this.qualified = qualified;
    }

    @GetMapping("/api/v1/analytics/qualified-leads")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "The leads leads_qualified counts: created in the range, with a hot or warm call outcome",
            description = "The drill list of leads_qualified (the lead list knows no call outcomes). created_after is "
                    + "inclusive, created_before exclusive, at most 401 days apart; owner_id is repeatable. Only the "
                    + "leads within the caller's reach are listed.")
    CursorPage<QualifiedLead> list(
            @RequestParam("created_after") Instant createdAfter,
            @RequestParam("created_before") Instant createdBefore,
            @RequestParam(name = "owner_id", required = false) @Nullable List<UUID> ownerIds,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(name = "vendor_id", required = false) @Nullable UUID vendorId,
            @RequestParam(name = "marketing_campaign_id", required = false) @Nullable UUID marketingCampaignId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        var filter = new QualifiedLeadFilter(
                createdAfter,
                createdBefore,
                ownerIds == null ? List.of() : ownerIds,
                source,
                vendorId,
                marketingCampaignId);
        return qualified.list(filter, cursor, limit);
    }
}
