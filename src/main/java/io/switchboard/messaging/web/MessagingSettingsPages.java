package io.switchboard.messaging.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.messaging.Approval;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessageTemplates;
import io.switchboard.messaging.MessagingAlerts;
import io.switchboard.messaging.MessagingFirstContact;
import io.switchboard.messaging.MessagingProviders;
import io.switchboard.messaging.MessagingWindow;
import io.switchboard.messaging.ProviderAccount;
import io.switchboard.messaging.ProviderType;
import io.switchboard.messaging.TemplateDraft;
import io.switchboard.messaging.TemplateId;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.Htmx;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The messaging settings page: each channel's provider account, the templates (create, a new
 * version, a preview with a chosen lead, WhatsApp's approval) and the messaging window outside which
 * are the quiet hours; the alerts card is {@link AlertPages}' and the first-contact card {@link FirstContactPages}'.
 */
@Controller
@ConsolePage
class MessagingSettingsPages {

    private static final int PREVIEW_LEADS = 50;

    private final MessagingProviders providers;
    private final MessageTemplates templates;
    private final LeadManagement leads;
    private final MessagingAlerts alerts;
    private final MessagingFirstContact firstContact;

    MessagingSettingsPages(
            MessagingProviders providers,
            MessageTemplates templates,
            LeadManagement leads,
            MessagingAlerts alerts,
            MessagingFirstContact firstContact) {
        this.providers = providers;
        this.templates = templates;
        this.leads = leads;
        this.alerts = alerts;
        this.firstContact = firstContact;
    }

    @Bean
    static NavigationEntry messagingNavigation() {
        return new NavigationEntry("Sales", "Messaging", "/messaging", "messaging:manage", 125);
    }

    @GetMapping("/messaging")
    @PreAuthorize("hasAuthority('messaging:manage')")
    String page(Model model) {
        window(providers.window(), model);
        model.addAttribute("accounts", providers.list());
        AlertPages.show(alerts.rules(), model);
        FirstContactPages.show(firstContact.get(), templates, model);
        model.addAttribute("templates", templates.list(null, null, 100).data());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("approvals", Approval.values());
        model.addAttribute(
                "leads", leads.list(LeadFilter.all(), null, PREVIEW_LEADS).data());
        return "messaging/settings";
    }

    /** Answers the window's card, saved, in place: the page keeps what else is being edited. */
    @PostMapping("/messaging/window")
    @PreAuthorize("hasAuthority('messaging:manage')")
    String window(@RequestParam String start, @RequestParam String end, Model model) {
        int from = minute("start", start);
        int to = minute("end", end);
        // an end at 00:00 is the end of the day: a window may run to midnight
        window(providers.setWindow(new MessagingWindow(from, to == 0 ? 1440 : to)), model);
        model.addAttribute("saved", true);
        return "messaging/settings :: window";
    }

    /** The account's rate, keeping its kind and settings (the simulated provider's only setting). */
    @PostMapping("/messaging/providers/{channel}")
    @PreAuthorize("hasAuthority('messaging:manage')")
    String provider(
            @PathVariable Channel channel,
            @RequestParam(name = "per_minute") @Min(1) @Max(100000) int perMinute,
            HttpServletRequest request,
            HttpServletResponse response) {
        ProviderAccount current = providers.of(channel);
        providers.put(channel, current.kind(), current.config(), null, perMinute);
        return Htmx.redirect(request, response, "/messaging");
    }

    /**
     * Connects a channel to a real provider account. Secrets come only from password fields that are
     * never filled in by the page; left empty, the stored ones are kept.
     */
    @PostMapping("/messaging/accounts")
    @PreAuthorize("hasAuthority('messaging:manage')")
    String account(
            @RequestParam Channel channel,
            @RequestParam ProviderType kind,
            @RequestParam(name = "per_minute", defaultValue = "600") @Min(1) @Max(100000) int perMinute,
            @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response) {
        ProviderForm fields = ProviderForm.of(kind, form);
        providers.put(channel, kind, fields.config(), fields.secrets(), perMinute);
        return Htmx.redirect(request, response, "/messaging");
    }

    @PostMapping("/messaging/templates")
    @PreAuthorize("hasAuthority('messaging:manage')")
    String create(
            @RequestParam @NotBlank @Size(max = 120) String name,
            @RequestParam Channel channel,
            @RequestParam @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?") String language,
            @RequestParam(required = false) @Nullable @Size(max = 300) String subject,
            @RequestParam @NotBlank @Size(max = 5000) String body,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable Approval approval,
            @AuthenticationPrincipal AuthenticatedUser me,
            HttpServletRequest request,
            HttpServletResponse response) {
        templates.create(
                draft(name, channel, language, subject, body, category, approval),
                me.id().value());
        return Htmx.redirect(request, response, "/messaging");
    }

    /** A new version of the template: messages sent before keep the version they used. */
    @PostMapping("/messaging/templates/{id}")
    @PreAuthorize("hasAuthority('messaging:manage')")
    String update(
            @PathVariable UUID id,
            @RequestParam @NotBlank @Size(max = 120) String name,
            @RequestParam @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?") String language,
            @RequestParam(required = false) @Nullable @Size(max = 300) String subject,
            @RequestParam @NotBlank @Size(max = 5000) String body,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable Approval approval,
            @AuthenticationPrincipal AuthenticatedUser me,
            HttpServletRequest request,
            HttpServletResponse response) {
        Channel channel = templates.get(TemplateId.of(id)).channel();
        templates.update(
                TemplateId.of(id),
                draft(name, channel, language, subject, body, category, approval),
                me.id().value());
        return Htmx.redirect(request, response, "/messaging");
    }

    @PostMapping("/messaging/templates/{id}/preview")
    @PreAuthorize("hasAuthority('messaging:manage')")
    String preview(@PathVariable UUID id, @RequestParam(name = "lead_id") UUID lead, Model model) {
        try {
            model.addAttribute("preview", templates.preview(TemplateId.of(id), LeadId.of(lead), Map.of()));
        } catch (Problem problem) {
            model.addAttribute("previewProblem", problem.getMessage());
        }
        return "messaging/lead-messages :: preview";
    }

    private static void window(MessagingWindow window, Model model) {
        model.addAttribute("windowStart", RefusalText.clock(window.startMinute()));
        model.addAttribute("windowEnd", RefusalText.clock(window.endMinute() % 1440));
    }

    private static TemplateDraft draft(
            String name,
            Channel channel,
            String language,
            @Nullable String subject,
            String body,
            @Nullable String category,
            @Nullable Approval approval) {
        return new TemplateDraft(
                name,
                channel,
                language,
                subject == null || subject.isBlank() ? null : subject,
                body,
                List.of(),
                category == null || category.isBlank() ? null : category,
                approval == null ? Approval.PENDING : approval);
    }

    private static int minute(String field, String value) {
        try {
            LocalTime time = LocalTime.parse(value);
            return time.getHour() * 60 + time.getMinute();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(field, "invalid_window", "must be a time of day, e.g. 08:00");
        }
    }
}
