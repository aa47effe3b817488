package io.switchboard.audit.web;

import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditQuery;
import io.switchboard.audit.Outcome;
import io.switchboard.audit.SecurityEventKind;
import io.switchboard.audit.SecurityEvents;
import io.switchboard.shared.ConsolePage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's audit log and security events pages, with search. */
@Controller
@ConsolePage
class AuditPages {

    private final AuditLog audit;
    private final SecurityEvents securityEvents;
    private final AuditNames names;

    AuditPages(AuditLog audit, SecurityEvents securityEvents, AuditNames names) {
        this.audit = audit;
        this.securityEvents = securityEvents;
        this.names = names;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAuthority('audit:read')")
    String audit(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(name = "entity_type", required = false) @Nullable String entityType,
            @RequestParam(required = false) @Nullable Outcome outcome,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        var query = new AuditQuery(null, blank(entityType), null, null, outcome, null, null, blank(q));
        var page = audit.search(query, cursor, 50);
        model.addAttribute("page", page);
        model.addAttribute("rows", names.sentences(page.data()));
        model.addAttribute("q", q);
        model.addAttribute("entityType", entityType);
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomes", Outcome.values());
        return "audit/audit";
    }

    @GetMapping("/audit/verify")
    @PreAuthorize("hasAuthority('audit:read')")
    String verify(Model model) {
        model.addAttribute("result", audit.verify());
        return "audit/audit :: verification";
    }

    @GetMapping("/security-events")
    @PreAuthorize("hasAuthority('audit:read')")
    String securityEvents(
            @RequestParam(required = false) @Nullable SecurityEventKind kind,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        model.addAttribute("page", securityEvents.search(kind, blank(q), null, null, cursor, 50));
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("kinds", SecurityEventKind.values());
        return "audit/security-events";
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
