package io.switchboard.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.compliance.CallKind;
import io.switchboard.compliance.CallingGate;
import io.switchboard.compliance.ComplianceSettings;
import io.switchboard.compliance.ComplianceSettingsChanges;
import io.switchboard.compliance.ComplianceSettingsManagement;
import io.switchboard.compliance.Decision;
import io.switchboard.compliance.DialCandidate;
import io.switchboard.compliance.Holiday;
import io.switchboard.compliance.HolidayId;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.shared.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Calling rules",
        description = "When the organization may call: a daily window in the lead's local time (start inclusive,"
                + " end exclusive), days of the week, holidays, and whether AI calls need recorded consent;"
                + " and the check the dialer makes before every call")
class ComplianceController {

    private final ComplianceSettingsManagement settings;
    private final CallingGate gate;
    private final LeadManagement leads;

    ComplianceController(ComplianceSettingsManagement settings, CallingGate gate, LeadManagement leads) {
        this.settings = settings;
        this.gate = gate;
        this.leads = leads;
    }

    /** @param days lower-case English day names, monday to sunday */
    record UpdateSettings(
            @Nullable LocalTime windowStart,
            @Nullable LocalTime windowEnd,
            @Nullable @Size(min = 1, max = 7) List<@Size(max = 9) String> days,
            @Nullable Boolean requireConsentForAiCalls,
            @Nullable @Min(0) @Max(720) Integer hoursAfterConversation,
            @Nullable @Min(1) @Max(50) Integer maxAttemptsPerDay,
            @Nullable @Min(1) @Max(200) Integer maxAttemptsPerWeek) {}

    /** @param country ISO 3166 code: only for numbers of that country; leave out for every lead */
    record AddHoliday(
            @NotNull LocalDate date, @NotBlank @Size(max = 200) String name, @Nullable @Size(max = 2) String country) {}

    record HolidayList(List<Holiday> data) {}

    /**
     * @param leadId check this lead (its phone, time zone and country); or give phone (and timezone)
     * @param kind ai (default) or human
     * @param at the moment to check (default: now)
     * @param campaignWindow a campaign's own window, which narrows the organization's
     */
    record Check(
            @Nullable UUID leadId,
            @Nullable @Size(max = 40) String phone,
            @Nullable @Size(max = 64) String timezone,
            @Nullable CallKind kind,
            @Nullable Instant at,
            @Nullable @Valid WindowView campaignWindow) {}

    @GetMapping("/api/v1/compliance/settings")
    @PreAuthorize("hasAuthority('compliance:read')")
    @Operation(summary = "The calling rules (with the holidays)")
    SettingsView get() {
        return SettingsView.of(settings.settings(), settings.holidays());
    }

    @PatchMapping("/api/v1/compliance/settings")
    @PreAuthorize("hasAuthority('compliance:configure')")
    @Operation(
            summary = "Change the calling rules (merge-patch)",
            description = "window_start and window_end as HH:mm (the end is exclusive and must be later than the"
                    + " start), days as [\"monday\", …], require_consent_for_ai_calls true or false;"
                    + " contact frequency: hours_after_conversation (0 to 720, default 24; 0 turns it off),"
                    + " max_attempts_per_day (1 to 50, default 3) and max_attempts_per_week (at least the daily"
                    + " maximum, at most 200, default 7), across every campaign and manual call.")
    SettingsView update(@Valid @RequestBody UpdateSettings body) {
        ComplianceSettings changed = settings.update(new ComplianceSettingsChanges(
                body.windowStart(),
                body.windowEnd(),
                body.days() == null ? null : WindowView.days(body.days()),
                body.requireConsentForAiCalls(),
                body.hoursAfterConversation(),
                body.maxAttemptsPerDay(),
                body.maxAttemptsPerWeek()));
        return SettingsView.of(changed, settings.holidays());
    }

    @GetMapping("/api/v1/compliance/holidays")
    @PreAuthorize("hasAuthority('compliance:read')")
    @Operation(summary = "The organization's holidays, by date")
    HolidayList holidays() {
        return new HolidayList(settings.holidays());
    }

    @PostMapping("/api/v1/compliance/holidays")
    @PreAuthorize("hasAuthority('compliance:configure')")
    @Operation(summary = "Add a holiday: nobody (or nobody in one country) is called that day, in their local date")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Holiday> addHoliday(@Valid @RequestBody AddHoliday body) {
        Holiday holiday = settings.addHoliday(body.date(), body.country(), body.name());
        return ResponseEntity.created(URI.create("/api/v1/compliance/holidays/" + holiday.id()))
                .body(holiday);
    }

    @DeleteMapping("/api/v1/compliance/holidays/{id}")
    @PreAuthorize("hasAuthority('compliance:configure')")
    @Operation(summary = "Remove a holiday")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeHoliday(@PathVariable UUID id) {
        settings.removeHoliday(HolidayId.of(id));
    }

    @PostMapping("/api/v1/compliance/checks")
    @PreAuthorize("hasAuthority('compliance:read')")
    @Operation(
            summary = "May this lead or number be called (now, or at a given time)?",
            description =
                    "The same check the dialer makes before every call. Answers allowed, the main reason and"
                            + " all reasons (invalid_phone, platform_do_not_call, do_not_call, no_consent, unknown_time_zone,"
                            + " holiday, outside_calling_window, recently_contacted), and next_allowed_at when only the time is wrong.")
    Decision check(@Valid @RequestBody Check body) {
        CallKind kind = body.kind() == null ? CallKind.AI : body.kind();
        DialCandidate candidate;
        if (body.leadId() != null) {
            Lead lead = leads.get(LeadId.of(body.leadId()));
            candidate = new DialCandidate(
                    lead.id(),
                    lead.phone() == null ? "" : lead.phone(),
                    body.timezone() != null ? body.timezone() : lead.timezone(),
                    lead.phoneRegion(),
                    kind);
        } else if (body.phone() != null && !body.phone().isBlank()) {
            candidate = new DialCandidate(null, body.phone(), body.timezone(), null, kind);
        } else {
            throw new InvalidInput("lead_id", "required", "give a lead_id or a phone");
        }
        return gate.check(
                candidate,
                body.at() == null ? Instant.now() : body.at(),
                body.campaignWindow() == null ? null : body.campaignWindow().toWindow());
    }
}
