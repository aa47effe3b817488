package io.switchboard.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.analytics.Analytics;
import io.switchboard.analytics.AnalyticsRebuilds;
import io.switchboard.analytics.Breakdown;
import io.switchboard.analytics.DayRange;
import io.switchboard.analytics.Dimension;
import io.switchboard.analytics.Overview;
import io.switchboard.analytics.Rebuild;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(
        name = "Analytics",
        description = "Figures per day in the organization's time zone, from rollups that equal the raw calls and "
                + "leads; every figure with a drill link to the list of exactly the records it counts")
class AnalyticsController {

    private static final String RANGE = "from and to are YYYY-MM-DD in the organization's time zone, both included "
            + "(default: the last 30 days); to before from (invalid_range) or more than 400 days (range_too_long) "
            + "answer 400. format=csv answers a spreadsheet.";

    private final Analytics analytics;
    private final AnalyticsRebuilds rebuilds;

    AnalyticsController(Analytics analytics, AnalyticsRebuilds rebuilds) {
        this.analytics = analytics;
        this.rebuilds = rebuilds;
    }

    record RebuildRequest(@NotNull LocalDate from, @NotNull LocalDate to) {}

    @GetMapping("/overview")
    @PreAuthorize("hasAuthority('analytics:read')")
    @Operation(
            summary = "Totals, a series by day and drill links, for the organization, one team or one campaign",
            description = RANGE + " An unknown team_id or campaign_id answers 400 (unknown_team, unknown_campaign);"
                    + " both at once answer 400 one_filter.")
    @Nullable
    Overview overview(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(name = "team_id", required = false) @Nullable UUID teamId,
            @RequestParam(name = "campaign_id", required = false) @Nullable UUID campaignId,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable String format,
            HttpServletResponse response)
            throws IOException {
        Overview overview = analytics.overview(range(from, to), teamId, campaignId);
        if (csv(format)) {
            AnalyticsCsv.overview(overview, response);
            return null;
        }
        return overview;
    }

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "The caller's own figures: the calls they placed or took and the leads they own",
            description = RANGE)
    Overview mine(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return analytics.person(me.id(), range(from, to));
    }

    @GetMapping("/campaigns")
    @PreAuthorize("hasAuthority('analytics:read')")
    @Operation(summary = "Figures per calling campaign, most calls first", description = RANGE)
    @Nullable
    Breakdown campaigns(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable String format,
            HttpServletResponse response)
            throws IOException {
        return breakdown(Dimension.CAMPAIGN, from, to, format, response);
    }

    @GetMapping("/users")
    @PreAuthorize("hasAuthority('analytics:read')")
    @Operation(summary = "Figures per person: the calls they placed or took, the leads they own", description = RANGE)
    @Nullable
    Breakdown users(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable String format,
            HttpServletResponse response)
            throws IOException {
        return breakdown(Dimension.USER, from, to, format, response);
    }

    @GetMapping("/ai-agents")
    @PreAuthorize("hasAuthority('analytics:read')")
    @Operation(summary = "Figures per AI agent, most calls first", description = RANGE)
    @Nullable
    Breakdown aiAgents(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable String format,
            HttpServletResponse response)
            throws IOException {
        return breakdown(Dimension.AI_AGENT, from, to, format, response);
    }

    @GetMapping("/teams")
    @PreAuthorize("hasAuthority('analytics:read')")
    @Operation(summary = "Figures per team (its members now)", description = RANGE)
    @Nullable
    Breakdown teams(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable String format,
            HttpServletResponse response)
            throws IOException {
        return breakdown(Dimension.TEAM, from, to, format, response);
    }

    @GetMapping("/teams/{team_id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "One team's totals, series and drill links",
            description = RANGE + " For analytics:read any team; for a supervisor (reach: their teams) a team"
                    + " they belong to or manage: another team answers 404, and anyone else 403"
                    + " (team_figures_forbidden).")
    Overview team(
            @PathVariable("team_id") UUID teamId,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return analytics.team(teamId, range(from, to), me.id(), me.has(Permission.ANALYTICS_READ));
    }

    @GetMapping("/sources")
    @PreAuthorize("hasAuthority('analytics:read')")
    @Operation(summary = "Figures per lead source (a call counts for its lead's source)", description = RANGE)
    @Nullable
    Breakdown sources(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable String format,
            HttpServletResponse response)
            throws IOException {
        return breakdown(Dimension.SOURCE, from, to, format, response);
    }

    @GetMapping("/vendors")
    @PreAuthorize("hasAuthority('analytics:read')")
    @Operation(summary = "Figures per lead vendor", description = RANGE)
    @Nullable
    Breakdown vendors(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable String format,
            HttpServletResponse response)
            throws IOException {
        return breakdown(Dimension.VENDOR, from, to, format, response);
    }

    @GetMapping("/marketing-campaigns")
    @PreAuthorize("hasAuthority('analytics:read')")
    @Operation(
            summary = "Figures per marketing campaign (the one that brought the lead; a call counts for its lead's)",
            description = RANGE)
    @Nullable
    Breakdown marketingCampaigns(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable String format,
            HttpServletResponse response)
            throws IOException {
        return breakdown(Dimension.MARKETING_CAMPAIGN, from, to, format, response);
    }

    @GetMapping("/numbers")
    @PreAuthorize("hasAuthority('analytics:read')")
    @Operation(
            summary = "Figures per phone number of the organization (calls placed from it or received on it)",
            description = RANGE)
    @Nullable
    Breakdown numbers(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) @Nullable String format,
            HttpServletResponse response)
            throws IOException {
        return breakdown(Dimension.NUMBER, from, to, format, response);
    }

    @PostMapping("/rebuild")
    @PreAuthorize("hasAuthority('organization:write')")
    @Operation(
            summary = "Recompute the figures of a range from the raw calls and leads",
            description = "202 with the rebuild; follow its progress at /api/v1/analytics/rebuilds/{id}. It runs on "
                    + "the job engine, a page of records per step. " + RANGE)
    ResponseEntity<Rebuild> rebuild(
            @Valid @RequestBody RebuildRequest body, @AuthenticationPrincipal AuthenticatedUser me) {
        Rebuild started =
                rebuilds.start(new DayRange(body.from(), body.to()), me.id().value());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/analytics/rebuilds/" + started.id()))
                .body(started);
    }

    @GetMapping("/rebuilds/{id}")
    @PreAuthorize("hasAuthority('analytics:read')")
    @Operation(summary = "A rebuild's progress")
    Rebuild rebuild(@PathVariable UUID id) {
        return rebuilds.get(id);
    }

    private DayRange range(@Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate end = to != null ? to : from != null ? from.plusDays(29) : analytics.today();
        return new DayRange(from != null ? from : end.minusDays(29), end);
    }

    private static boolean csv(@Nullable String format) {
        if (format == null || format.equals("json")) {
            return false;
        }
        if (format.equals("csv")) {
            return true;
        }
        throw new InvalidInput("format", "invalid_format", "is json or csv");
    }

    private @Nullable Breakdown breakdown(
            Dimension dimension,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String format,
            HttpServletResponse response)
            throws IOException {
        Breakdown breakdown = analytics.breakdown(dimension, range(from, to));
        if (csv(format)) {
            AnalyticsCsv.breakdown(breakdown, response);
            return null;
        }
        return breakdown;
    }
}
