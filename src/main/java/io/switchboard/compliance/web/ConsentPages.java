package io.switchboard.compliance.web;

import io.switchboard.compliance.ConsentId;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.Consents;
import io.switchboard.compliance.NewConsent;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.LeadId;
import io.switchboard.shared.ConsolePage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The consent card on a lead's page (loaded by the page with htmx). */
@Controller
@ConsolePage
class ConsentPages {

    private final Consents consents;

    ConsentPages(Consents consents) {
        this.consents = consents;
    }

    @GetMapping("/compliance/leads/{id}/consents")
    @PreAuthorize("hasAuthority('compliance:read')")
    String card(@PathVariable UUID id, Model model) {
        return card(LeadId.of(id), model);
    }

    @PostMapping("/compliance/leads/{id}/consents")
    @PreAuthorize("hasAuthority('compliance:write')")
    String record(
            @PathVariable UUID id,
            @RequestParam ConsentSource source,
            @RequestParam(name = "obtained_on", required = false) @Nullable LocalDate obtainedOn,
            @RequestParam(required = false) @Nullable String evidence,
            @RequestParam(name = "evidence_url", required = false) @Nullable String evidenceUrl,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        consents.record(
                LeadId.of(id),
                new NewConsent(
                        source,
                        obtainedOn == null
                                ? null
                                : obtainedOn.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        evidence,
                        evidenceUrl),
                me.id().value());
        return card(LeadId.of(id), model);
    }

    @PostMapping("/compliance/leads/{id}/consents/{consent}/revoke")
    @PreAuthorize("hasAuthority('compliance:write')")
    String revoke(
            @PathVariable UUID id,
            @PathVariable UUID consent,
            @RequestParam(required = false) @Nullable String reason,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        consents.revoke(LeadId.of(id), ConsentId.of(consent), reason, me.id().value());
        return card(LeadId.of(id), model);
    }

    private String card(LeadId lead, Model model) {
        model.addAttribute("leadId", lead);
        model.addAttribute("consents", consents.of(lead, null, 50).data());
        model.addAttribute("hasConsent", consents.hasConsent(lead));
        model.addAttribute("sources", ConsentSource.values());
        return "compliance/consents :: card";
    }
}
