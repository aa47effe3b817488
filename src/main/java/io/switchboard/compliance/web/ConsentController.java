package io.switchboard.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.compliance.Consent;
import io.switchboard.compliance.ConsentChannel;
import io.switchboard.compliance.ConsentId;
import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.Consents;
import io.switchboard.compliance.NewConsent;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.LeadId;
import io.switchboard.shared.CursorPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Consent",
        description = "The consent ledger: a lead's recorded prior consent to AI calls and to messages per channel"
                + " and purpose (source, when, evidence)."
                + " Entries are revoked, never deleted.")
class ConsentController {

    private final Consents consents;

    ConsentController(Consents consents) {
        this.consents = consents;
    }

    /**
     * @param obtainedAt when the lead gave consent (default: now); not in the future
     * @param evidence what shows it (the form's text, a transcript quote…); this or evidence_url
     * @param evidenceUrl where the evidence is kept (a recording, a signed form); http(s)
     * @param channel what it lets Switchboard use: voice (default), email, sms, whatsapp
     * @param purpose what for: ai_calls (default with voice), marketing (default otherwise),
     *     transactional
     */
    record RecordConsent(
            @NotNull ConsentSource source,
            @Nullable Instant obtainedAt,
            @Nullable @Size(max = 4000) String evidence,
            @Nullable @Size(max = 2000) String evidenceUrl,
            @Nullable ConsentChannel channel,
            @Nullable ConsentPurpose purpose) {}

    record Revoke(@Nullable @Size(max = 500) String reason) {}

    /** @param hasConsent whether a consent is in force now */
    record ConsentList(List<Consent> data, @Nullable String nextCursor, boolean hasConsent) {}

    @GetMapping("/api/v1/leads/{id}/consents")
    @PreAuthorize("hasAuthority('compliance:read')")
    @Operation(summary = "A lead's consent entries, newest first, revoked ones included")
    ConsentList list(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        CursorPage<Consent> page = consents.of(LeadId.of(id), cursor, limit);
        return new ConsentList(page.data(), page.nextCursor(), consents.hasConsent(LeadId.of(id)));
    }

    @PostMapping("/api/v1/leads/{id}/consents")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(
            summary = "Record a lead's consent to AI calls or to messages on a channel"
                    + " (source: web_form, verbal, written, sms, email, other)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Consent> record(
            @PathVariable UUID id,
            @Valid @RequestBody RecordConsent body,
            @AuthenticationPrincipal AuthenticatedUser me) {
        Consent consent = consents.record(
                LeadId.of(id),
                new NewConsent(
                        body.source(),
                        body.obtainedAt(),
                        body.evidence(),
                        body.evidenceUrl(),
                        body.channel() == null ? ConsentChannel.VOICE : body.channel(),
                        purpose(body)),
                me.id().value());
        return ResponseEntity.created(URI.create("/api/v1/leads/" + id + "/consents/" + consent.id()))
                .body(consent);
    }

    private static ConsentPurpose purpose(RecordConsent body) {
        if (body.purpose() != null) {
            return body.purpose();
        }
        return body.channel() == null || body.channel() == ConsentChannel.VOICE
                ? ConsentPurpose.AI_CALLS
                : ConsentPurpose.MARKETING;
    }

    @PostMapping("/api/v1/leads/{id}/consents/{consentId}/revoke")
    @PreAuthorize("hasAuthority('compliance:write')")
    @Operation(summary = "Revoke a consent entry (409 already_revoked when it is)")
    Consent revoke(
            @PathVariable UUID id,
            @PathVariable UUID consentId,
            @Valid @RequestBody(required = false) @Nullable Revoke body,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return consents.revoke(
                LeadId.of(id),
                ConsentId.of(consentId),
                body == null ? null : body.reason(),
                me.id().value());
    }
}
