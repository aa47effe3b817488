package io.switchboard.leads.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadChanges;
import io.switchboard.leads.LeadDetails;
import io.switchboard.leads.LeadExport;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.NewLead;
import io.switchboard.leads.NewStakeholder;
import io.switchboard.leads.StageId;
import io.switchboard.leads.Temperature;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.UserId;
import io.switchboard.tenancy.ProjectId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads", description = "Capture, search, change, delete/restore and export leads")
class LeadController {

    // The docs' walk-through request, shown as the body's example in the OpenAPI document.
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String LEAD_EXAMPLE =
            """
            {"name": "Maya Chen", "phone": "(512) 555-0134", "email": "maya@example.com", "company": "Chen Dental"}""";

    private final LeadManagement leads;
    private final LeadExport export;

    LeadController(LeadManagement leads, LeadExport export) {
        this.leads = leads;
        this.export = export;
    }

    record CreateLead(
            @NotBlank @Size(max = 300) String name,
            @Nullable @Size(max = 254) String email,
            @Nullable @Size(max = 40) String phone,
            @Nullable @Size(max = 64) String timezone,
            @Nullable @Size(max = 300) String company,
            @Nullable @Size(max = 500) String linkedinUrl,
            @Nullable LeadSource source,
            @Nullable LeadStatus status,
            @Nullable Temperature temperature,
            @Nullable @Min(0) @Max(100) Integer score,
            @Nullable UUID stageId,
            @Nullable LocalDate expectedCloseDate,
            @Nullable UUID ownerId,
            @Nullable UUID projectId,
            @Nullable Map<String, Object> customFields,
            @Nullable @Size(max = 20) List<@Valid StakeholderInput> stakeholders,
            @Nullable Boolean allowDuplicate) {}

    record StakeholderInput(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 100) String role,
            @Nullable @Size(max = 254) String email,
            @Nullable @Size(max = 40) String phone,
            @Nullable Boolean primary) {

        NewStakeholder toNew() {
            return new NewStakeholder(name, role, email, phone, Boolean.TRUE.equals(primary));
        }
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UpdateLead(
            @Nullable Optional<@Size(min = 1, max = 300) String> name,
            @Nullable Optional<@Size(max = 254) String> email,
            @Nullable Optional<@Size(max = 40) String> phone,
            @Nullable Optional<@Size(max = 64) String> timezone,
            @Nullable Optional<@Size(max = 300) String> company,
            @Nullable Optional<@Size(max = 500) String> linkedinUrl,
            @Nullable Optional<LeadStatus> status,
            @Nullable Optional<Temperature> temperature,
            @Nullable Optional<@Min(0) @Max(100) Integer> score,
            @Nullable Optional<UUID> stageId,
            @Nullable Optional<LocalDate> expectedCloseDate,
            @Nullable Optional<UUID> projectId,
            @Nullable Optional<Map<String, Object>> customFields,
            @Nullable Optional<@Min(0) Long> valueMinor,
            @Nullable Optional<@Size(min = 3, max = 3) String> currency) {}

    record Count(int count) {}

    @GetMapping
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(
            summary = "Search and filter leads",
            description =
                    "Filters: status, stage_id, pipeline_id, owner_id, unassigned, source, temperature, score_min, "
                            + "score_max, created_after, created_before, project_id, vendor_id, marketing_campaign_id, import_id, has_phone, deleted, "
                            + "custom.<key>=<value>, and q (free text over name, e-mail, phone, company and shared notes). "
                            + "Values may repeat or be comma-separated. Newest first, or sort=score_desc|score_asc "
                            + "(ties newest first); cursor-paginated.")
    CursorPage<Lead> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        return leads.list(
                LeadFilters.parse(params), LeadFilters.sort(params), params.getFirst("cursor"), limit(params));
    }

    @GetMapping("/count")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "How many leads match the filters (same parameters as the list)")
    Count count(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        return new Count(leads.count(LeadFilters.parse(params)));
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @PreAuthorize("hasAuthority('leads:export')")
    @Operation(summary = "Export the filtered list as CSV (same parameters as the list)")
    void export(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params, HttpServletResponse response)
            throws IOException {
        CsvDownloads.leads(export, LeadFilters.parse(params), response);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(
            summary = "Capture a lead",
            description = "The phone is normalized to E.164 with the organization's default region. A lead matching an "
                    + "existing one (phone, e-mail, or company + similar name) answers 409 with existing_lead_id, unless "
                    + "allow_duplicate is true.")
    Lead create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = JSON, examples = @ExampleObject(LEAD_EXAMPLE)))
                    @Valid
                    @RequestBody
                    CreateLead body,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return leads.create(
                new NewLead(
                        body.name(),
                        body.email(),
                        body.phone(),
                        body.timezone(),
                        body.company(),
                        body.linkedinUrl(),
                        body.source() == null ? LeadSource.API : body.source(),
                        body.status(),
                        body.temperature(),
                        body.score(),
                        body.stageId() == null ? null : StageId.of(body.stageId()),
                        body.expectedCloseDate(),
                        body.ownerId() == null ? null : UserId.of(body.ownerId()),
                        body.projectId() == null ? null : ProjectId.of(body.projectId()),
                        null,
                        null,
                        body.customFields(),
                        body.stakeholders() == null
                                ? null
                                : body.stakeholders().stream()
                                        .map(StakeholderInput::toNew)
                                        .toList(),
                        Boolean.TRUE.equals(body.allowDuplicate())),
                me.id().value());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "A lead with its stakeholders")
    LeadDetails get(@PathVariable UUID id) {
        return leads.details(LeadId.of(id));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(
            summary = "Change a lead (JSON merge-patch; custom_fields merge key by key, null removes one)",
            description = "value_minor (≥ 0, minor units) and currency (ISO 4217) are what the lead is worth when won; "
                    + "a value without a currency keeps the lead's, else takes the organization's; "
                    + "value_minor null clears both.")
    Lead update(
            @PathVariable UUID id, @Valid @RequestBody UpdateLead body, @AuthenticationPrincipal AuthenticatedUser me) {
        return leads.update(
                LeadId.of(id),
                new LeadChanges(
                        body.name(),
                        body.email(),
                        body.phone(),
                        body.timezone(),
                        body.company(),
                        body.linkedinUrl(),
                        body.status(),
                        body.temperature(),
                        body.score(),
                        body.stageId() == null ? null : body.stageId().map(StageId::of),
                        body.expectedCloseDate(),
                        body.projectId() == null ? null : body.projectId().map(ProjectId::of),
                        body.customFields(),
                        body.valueMinor(),
                        body.currency()),
                me.id().value());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('leads:delete')")
    @Operation(summary = "Delete a lead (soft: restore brings it back)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        leads.delete(LeadId.of(id), me.id().value());
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasAuthority('leads:delete')")
    @Operation(summary = "Restore a deleted lead")
    Lead restore(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        return leads.restore(LeadId.of(id), me.id().value());
    }

    static @Nullable Integer limit(MultiValueMap<String, String> params) {
        String limit = params.getFirst("limit");
        if (limit == null || limit.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw new io.switchboard.shared.InvalidInput("limit", "invalid_limit", "must be a whole number");
        }
    }
}
