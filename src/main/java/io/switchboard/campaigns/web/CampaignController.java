package io.switchboard.campaigns.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.campaigns.Campaign;
import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.CampaignManagement;
import io.switchboard.campaigns.CampaignMembership;
import io.switchboard.campaigns.CampaignStats;
import io.switchboard.campaigns.CampaignStatus;
import io.switchboard.campaigns.Exclusion;
import io.switchboard.campaigns.Member;
import io.switchboard.campaigns.MemberStatus;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.LeadFilter;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Campaigns",
        description = "Calling and message (SMS, e-mail, WhatsApp) campaigns: targeting, schedule, pacing and retries,"
                + " members, the dialer and the message run, stats and the funnel")
class CampaignController {

    // The docs' walk-through request, shown as the body's example in the OpenAPI document.
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CAMPAIGN_EXAMPLE =
            """
            {"name": "Spring buyers", "max_concurrent_calls": 20, "max_attempts": 3,
             "retry_delays": {"no_answer": 240, "busy": 60, "voicemail": 1440, "failed": 30},
             "schedule": {"days": ["monday", "tuesday", "wednesday", "thursday", "friday"],
                          "window_start": "09:00", "window_end": "18:00", "time_zone": "America/Chicago"}}""";

    private final CampaignManagement campaigns;
    private final CampaignMembership membership;

    CampaignController(CampaignManagement campaigns, CampaignMembership membership) {
        this.campaigns = campaigns;
        this.membership = membership;
    }

    /** Either lead_ids (1 to 10,000, what one request adds by hand) or criteria (the lead list's filters). */
    record AddMembers(
            @Nullable @Size(min = 1, max = CampaignMembership.MAX_BY_ID) List<@NotNull UUID> leadIds,
            @Nullable @Valid LeadFilter criteria) {}

    record Preview(@Nullable @Valid LeadFilter criteria) {}

    record Count(int count) {}

    @GetMapping("/api/v1/campaigns")
    @PreAuthorize("hasAuthority('campaigns:read')")
    @Operation(summary = "Campaigns, newest first (cursor pagination; filter by status)")
    CursorPage<Campaign> list(
            @RequestParam(required = false) @Nullable CampaignStatus status,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return campaigns.list(status, cursor, limit);
    }

    @PostMapping("/api/v1/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('campaigns:write')")
    @Operation(
            summary = "Create a campaign (in draft)",
            description = "Then add members (POST /api/v1/campaigns/{id}/members with lead_ids or criteria) and start"
                    + " it. Schedule, retry delays (minutes by outcome) and the rest are optional.")
    Campaign create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = JSON, examples = @ExampleObject(CAMPAIGN_EXAMPLE)))
                    @Valid
                    @RequestBody
                    CampaignBodies.CreateCampaign body,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return campaigns.create(body.command(), me.id().value());
    }

    @PostMapping("/api/v1/campaigns/preview")
    @PreAuthorize("hasAuthority('campaigns:read')")
    @Operation(summary = "How many live leads these criteria select now (the builder's preview)")
    Count preview(@Valid @RequestBody Preview body) {
        return new Count(membership.preview(body.criteria() == null ? LeadFilter.all() : body.criteria()));
    }

    @GetMapping("/api/v1/campaigns/{id}")
    @PreAuthorize("hasAuthority('campaigns:read')")
    @Operation(summary = "Get a campaign")
    Campaign get(@PathVariable UUID id) {
        return campaigns.get(CampaignId.of(id));
    }

    @PatchMapping("/api/v1/campaigns/{id}")
    @PreAuthorize("hasAuthority('campaigns:write')")
    @Operation(
            summary = "Change a campaign (JSON merge patch), also while it runs",
            description =
                    "Schedule, concurrency, budget, attempts, retries and order apply from the dialer's next round;"
                            + " calls in flight go on. Audited (campaign.updated, old and new values). 400 names the field and"
                            + " changes nothing; 409 campaign_finished once completed or canceled.")
    Campaign update(
            @PathVariable UUID id,
            @Valid @RequestBody CampaignBodies.UpdateCampaign body,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return campaigns.update(CampaignId.of(id), body.changes(), me.id().value());
    }

    @DeleteMapping("/api/v1/campaigns/{id}")
    @PreAuthorize("hasAuthority('campaigns:write')")
    @Operation(summary = "Delete a campaign (it stops; its calls keep their campaign id)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        campaigns.delete(CampaignId.of(id), me.id().value());
    }

    @PostMapping("/api/v1/campaigns/{id}/members")
    @PreAuthorize("hasAuthority('campaigns:write')")
    @Operation(summary = "Add members: {lead_ids: [...]} or {criteria: {...}} (the lead list's filters)")
    CampaignMembership.Added addMembers(
            @PathVariable UUID id, @Valid @RequestBody AddMembers body, @AuthenticationPrincipal AuthenticatedUser me) {
        if ((body.leadIds() == null) == (body.criteria() == null)) {
            throw new InvalidInput("lead_ids", "invalid_members", "give either lead_ids or criteria, not both");
        }
        return body.leadIds() != null
                ? membership.addLeads(CampaignId.of(id), body.leadIds(), me.id().value())
                : membership.addByCriteria(
                        CampaignId.of(id), body.criteria(), me.id().value());
    }

    @GetMapping("/api/v1/campaigns/{id}/members")
    @PreAuthorize("hasAuthority('campaigns:read')")
    @Operation(summary = "The campaign's members (filter by status)")
    CursorPage<Member> members(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MemberStatus status,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return membership.members(CampaignId.of(id), status, cursor, limit);
    }

    @PostMapping("/api/v1/campaigns/{id}/start")
    @PreAuthorize("hasAuthority('campaigns:write')")
    @Operation(
            summary = "Start a draft campaign (scheduled while its start date is ahead)",
            description = "No body. The dialer then calls due members inside the schedule and each lead's calling"
                    + " window; follow it with GET /api/v1/campaigns/{id}/stats. 409 no_members before any member was"
                    + " added.")
    Campaign start(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        return campaigns.start(CampaignId.of(id), me.id().value());
    }

    @PostMapping("/api/v1/campaigns/{id}/pause")
    @PreAuthorize("hasAuthority('campaigns:write')")
    @Operation(summary = "Pause: no new calls (calls in progress finish)")
    Campaign pause(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        return campaigns.pause(CampaignId.of(id), me.id().value());
    }

    @PostMapping("/api/v1/campaigns/{id}/resume")
    @PreAuthorize("hasAuthority('campaigns:write')")
    @Operation(summary = "Resume a paused campaign")
    Campaign resume(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        return campaigns.resume(CampaignId.of(id), me.id().value());
    }

    @GetMapping("/api/v1/campaigns/{id}/stats")
    @PreAuthorize("hasAuthority('campaigns:read')")
    @Operation(summary = "Counters, conversion rate, members by status, exclusions by reason")
    CampaignStats stats(@PathVariable UUID id) {
        return membership.stats(CampaignId.of(id));
    }

    @GetMapping("/api/v1/campaigns/{id}/exclusions")
    @PreAuthorize("hasAuthority('campaigns:read')")
    @Operation(summary = "The exclusions report: each refusal with its reason (filter by reason)")
    CursorPage<Exclusion> exclusions(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable @Size(max = 64) String reason,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return membership.exclusions(CampaignId.of(id), reason, cursor, limit);
    }
}
