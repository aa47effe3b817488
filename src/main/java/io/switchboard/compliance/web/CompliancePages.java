package io.switchboard.compliance.web;

import io.switchboard.compliance.ComplianceSettingsChanges;
import io.switchboard.compliance.ComplianceSettingsManagement;
import io.switchboard.compliance.DncEntryId;
import io.switchboard.compliance.DoNotCall;
import io.switchboard.compliance.HolidayId;
import io.switchboard.compliance.PlatformDoNotCall;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.tenancy.PeopleDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The do-not-call lists (with CSV import) and the calling rules. */
@Controller
@ConsolePage
class CompliancePages {

    private final DoNotCall list;
    private final PlatformDoNotCall platform;
    private final ComplianceSettingsManagement settings;
    private final PeopleDirectory people;

    CompliancePages(
            DoNotCall list, PlatformDoNotCall platform, ComplianceSettingsManagement settings, PeopleDirectory people) {
        this.list = list;
        this.platform = platform;
        this.settings = settings;
        this.people = people;
    }

    @Bean
    static NavigationEntry doNotCallNavigation() {
        return new NavigationEntry("Compliance", "Do not call", "/compliance/dnc", "compliance:read", 400);
    }

    @Bean
    static NavigationEntry callingRulesNavigation() {
        return new NavigationEntry("Compliance", "Calling rules", "/compliance/settings", "compliance:read", 410);
    }

    @GetMapping("/compliance/dnc")
    @PreAuthorize("hasAuthority('compliance:read')")
    String dnc(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String cursor,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", list.list(q, null, null, cursor, 50));
        model.addAttribute("total", list.count());
        model.addAttribute("names", names());
        if (me.has(Permission.PLATFORM_ADMIN)) {
            model.addAttribute("platformPage", platform.list(null, null, null, 50));
        }
        return "compliance/dnc";
    }

    @PostMapping("/compliance/dnc")
    @PreAuthorize("hasAuthority('compliance:write')")
    String add(
            @RequestParam String phone,
            @RequestParam(required = false) @Nullable String reason,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        var entry = list.addManually(phone, reason, me.id().value());
        return alert(model, "success", entry.phone() + " will not be called.");
    }

    @PostMapping("/compliance/dnc/{id}/delete")
    @PreAuthorize("hasAuthority('compliance:configure')")
    String remove(@PathVariable UUID id) {
        list.remove(DncEntryId.of(id));
        return "redirect:/compliance/dnc";
    }

    @PostMapping("/compliance/dnc/import")
    @PreAuthorize("hasAuthority('compliance:write')")
    String importCsv(
            @RequestParam("file") MultipartFile file, @AuthenticationPrincipal AuthenticatedUser me, Model model)
            throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInput("file", "empty_file", "choose a CSV file to import");
        }
        try (InputStream input = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
            model.addAttribute("report", list.importCsv(name, input, me.id().value()));
        }
        return "compliance/dnc :: report";
    }

    @PostMapping("/compliance/platform-dnc")
    @PreAuthorize("hasAuthority('platform:admin')")
    String addPlatform(
            @RequestParam String phone,
            @RequestParam(required = false) @Nullable String reason,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        me.requireSession();
        var entry = platform.add(phone, reason);
        return alert(model, "success", entry.phone() + " is on the platform list: no organization will call it.");
    }

    @PostMapping("/compliance/platform-dnc/{id}/delete")
    @PreAuthorize("hasAuthority('platform:admin')")
    String removePlatform(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        me.requireSession();
        platform.remove(DncEntryId.of(id));
        return "redirect:/compliance/dnc";
    }

    @GetMapping("/compliance/settings")
    @PreAuthorize("hasAuthority('compliance:read')")
    String settings(Model model) {
        model.addAttribute("settings", settings.settings());
        model.addAttribute("holidays", settings.holidays());
        model.addAttribute("weekdays", DayOfWeek.values());
        return "compliance/settings";
    }

    @PostMapping("/compliance/settings")
    @PreAuthorize("hasAuthority('compliance:configure')")
    String saveSettings(
            @RequestParam("window_start") LocalTime start,
            @RequestParam("window_end") LocalTime end,
            @RequestParam(name = "days", required = false) @Nullable List<DayOfWeek> days,
            @RequestParam(name = "require_consent", defaultValue = "false") boolean requireConsent,
            @RequestParam("hours_after_conversation") int hoursAfterConversation,
            @RequestParam("max_attempts_per_day") int maxAttemptsPerDay,
            @RequestParam("max_attempts_per_week") int maxAttemptsPerWeek,
            Model model) {
        if (days == null || days.isEmpty()) {
            throw new InvalidInput("days", "invalid_window", "tick at least one day");
        }
        settings.update(new ComplianceSettingsChanges(
                start,
                end,
                java.util.EnumSet.copyOf(days),
                requireConsent,
                hoursAfterConversation,
                maxAttemptsPerDay,
                maxAttemptsPerWeek));
        return alert(model, "success", "Calling rules saved.");
    }

    @PostMapping("/compliance/holidays")
    @PreAuthorize("hasAuthority('compliance:configure')")
    String addHoliday(
            @RequestParam LocalDate date,
            @RequestParam String name,
            @RequestParam(required = false) @Nullable String country) {
        settings.addHoliday(date, country, name);
        return "redirect:/compliance/settings";
    }

    @PostMapping("/compliance/holidays/{id}/delete")
    @PreAuthorize("hasAuthority('compliance:configure')")
    String removeHoliday(@PathVariable UUID id) {
        settings.removeHoliday(HolidayId.of(id));
        return "redirect:/compliance/settings";
    }

    private Map<UUID, String> names() {
        return people.people().stream()
                .collect(Collectors.toMap(PeopleDirectory.Person::id, PeopleDirectory.Person::name, (a, b) -> a));
    }

    static String alert(Model model, String kind, String message) {
        model.addAttribute("kind", kind);
        model.addAttribute("message", message);
        return "fragments :: alert(kind=${kind}, message=${message})";
    }
}
