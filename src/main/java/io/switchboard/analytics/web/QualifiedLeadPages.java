package io.switchboard.analytics.web;

import io.switchboard.analytics.QualifiedLead;
import io.switchboard.analytics.QualifiedLeadFilter;
import io.switchboard.analytics.QualifiedLeads;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.CursorPage;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The console's drill list of qualified leads: where the dashboard's "qualified" figures lead. */
@Controller
@ConsolePage
class QualifiedLeadPages {

    private final QualifiedLeads qualified;

    QualifiedLeadPages(QualifiedLeads qualified) {
        this.qualified = qualified;
    }

    @GetMapping("/analytics/qualified-leads")
    String list(
            @RequestParam(name = "created_after", required = false) @Nullable Instant createdAfter,
            @RequestParam(name = "created_before", required = false) @Nullable Instant createdBefore,
            @RequestParam(name = "owner_id", required = false) @Nullable List<UUID> ownerIds,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(name = "vendor_id", required = false) @Nullable UUID vendorId,
            @RequestParam(name = "marketing_campaign_id", required = false) @Nullable UUID marketingCampaignId,
            @RequestParam(required = false) @Nullable String cursor,
            HttpServletRequest request,
            Model model) {
        // Opened without a period (a bookmark, a typed address): the last 30 days, stated on the page.
        Instant before = createdBefore != null ? createdBefore : Instant.now();
        var filter = new QualifiedLeadFilter(
                createdAfter != null ? createdAfter : before.minus(Duration.ofDays(30)),
                before,
                ownerIds == null ? List.of() : ownerIds,
                source,
                vendorId,
                marketingCampaignId);
        CursorPage<QualifiedLead> page = qualified.list(filter, cursor, null);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        if (page.nextCursor() != null) {
            model.addAttribute(
                    "next",
                    UriComponentsBuilder.fromPath("/analytics/qualified-leads")
                            .query(request.getQueryString())
                            .replaceQueryParam("cursor", page.nextCursor())
                            .build()
                            .toUriString());
        }
        return "analytics/qualified-leads";
    }
}
