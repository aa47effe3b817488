package io.switchboard.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.audit.AuditEntry;
import io.switchboard.audit.AuditLog;
import io.switchboard.audit.AuditQuery;
import io.switchboard.audit.ChainVerification;
import io.switchboard.audit.Outcome;
import io.switchboard.audit.SecurityEvent;
import io.switchboard.audit.SecurityEventKind;
import io.switchboard.audit.SecurityEvents;
import io.switchboard.shared.CursorPage;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Audit", description = "The hash-chained audit log and security events")
class AuditController {

    private final AuditLog audit;
    private final SecurityEvents securityEvents;

    AuditController(AuditLog audit, SecurityEvents securityEvents) {
        this.audit = audit;
        this.securityEvents = securityEvents;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAuthority('audit:read')")
    @Operation(summary = "Search the audit log, newest first")
    CursorPage<AuditEntry> search(
            @RequestParam(required = false) @Nullable @Size(max = 100) String action,
            @RequestParam(name = "entity_type", required = false) @Nullable @Size(max = 100) String entityType,
            @RequestParam(name = "entity_id", required = false) @Nullable @Size(max = 200) String entityId,
            @RequestParam(name = "actor_id", required = false) @Nullable UUID actorId,
            @RequestParam(required = false) @Nullable Outcome outcome,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable @Size(max = 200) String q,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return audit.search(new AuditQuery(action, entityType, entityId, actorId, outcome, from, to, q), cursor, limit);
    }

    @GetMapping("/audit/verify")
    @PreAuthorize("hasAuthority('audit:read')")
    @Operation(
            summary = "Recompute the organization's hash chain",
            description = "Reports how many entries checked out and the first broken link, if any.")
    ChainVerification verify() {
        return audit.verify();
    }

    @GetMapping("/security-events")
    @PreAuthorize("hasAuthority('audit:read')")
    @Operation(summary = "Search security events (failed sign-ins, lockouts, token reuse, denied addresses)")
    CursorPage<SecurityEvent> securityEvents(
            @RequestParam(required = false) @Nullable SecurityEventKind kind,
            @RequestParam(required = false) @Nullable @Size(max = 200) String q,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return securityEvents.search(kind, q, from, to, cursor, limit);
    }
}
