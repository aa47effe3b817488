package io.switchboard.campaigns.web;

import io.switchboard.billing.Amounts;
import io.switchboard.campaigns.Campaign;
import io.switchboard.campaigns.CampaignGoals;
import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.CampaignManagement;
import io.switchboard.campaigns.CampaignMembership;
import io.switchboard.campaigns.CampaignMonitoring;
import io.switchboard.campaigns.CampaignProgress;
import io.switchboard.campaigns.CampaignSchedule;
import io.switchboard.campaigns.CampaignStats;
import io.switchboard.campaigns.CampaignStatus;
import io.switchboard.campaigns.Exclusion;
import io.switchboard.campaigns.Member;
import io.switchboard.campaigns.MemberStatus;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.Labels;
import io.switchboard.messaging.MessageTemplates;
import io.switchboard.messaging.Template;
import io.switchboard.messaging.TemplateId;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.telephony.CallActivity;
import io.switchboard.tenancy.OrganizationManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
 * A campaign's monitor (counters, progress, why it waits, calls over time, its funnel and calls in
 * flight; live), its settings changed while it runs, and its exclusions report.
 */
@Controller
@ConsolePage
class CampaignMonitorPages {

    private final CampaignManagement campaigns;
    private final CampaignMembership membership;
    private final CampaignMonitoring monitoring;
    private final OrganizationManagement organizations;
    private final LeadDirectory directory;
    private final MessageTemplates templates;
    private final Clock clock;

    CampaignMonitorPages(
            CampaignManagement campaigns,
            CampaignMembership membership,
            CampaignMonitoring monitoring,
            OrganizationManagement organizations,
            LeadDirectory directory,
            MessageTemplates templates,
            Clock clock) {
        this.campaigns = campaigns;
        this.membership = membership;
        this.monitoring = monitoring;
        this.organizations = organizations;
        this.directory = directory;
        this.templates = templates;
        this.clock = clock;
    }

    @GetMapping("/campaigns/{id}")
    @PreAuthorize("hasAuthority('campaigns:read')")
    String monitor(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        monitorModel(id, me, model);
        Campaign campaign = campaigns.get(CampaignId.of(id));
        settingsModel(campaign, SettingsForm.of(campaign), false, model);
        return "campaigns/monitor";
    }

    @GetMapping("/campaigns/{id}/monitor")
    @PreAuthorize("hasAuthority('campaigns:read')")
    String monitorFragment(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        monitorModel(id, me, model);
        return "campaigns/monitor :: monitor";
    }

    @PostMapping("/campaigns/{id}/{action:start|pause|resume}")
    @PreAuthorize("hasAuthority('campaigns:write')")
    String act(
            @PathVariable UUID id,
            @PathVariable String action,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        CampaignId campaign = CampaignId.of(id);
        switch (action) {
            case "start" -> campaigns.start(campaign, me.id().value());
            case "pause" -> campaigns.pause(campaign, me.id().value());
            default -> campaigns.resume(campaign, me.id().value());
        }
        return monitorFragment(id, me, model);
    }

    @GetMapping("/campaigns/{id}/settings")
    @PreAuthorize("hasAuthority('campaigns:write')")
    String settings(@PathVariable UUID id, Model model) {
        Campaign campaign = campaigns.get(CampaignId.of(id));
        settingsModel(campaign, SettingsForm.of(campaign), false, model);
        return "campaigns/monitor :: settings";
    }

    /** Applies to the dialer's next round; a refusal comes back in the form, next to its field. */
    @PostMapping("/campaigns/{id}/settings")
    @PreAuthorize("hasAuthority('campaigns:write')")
    String saveSettings(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal AuthenticatedUser me,
            HttpServletResponse response,
            Model model) {
        CampaignId campaignId = CampaignId.of(id);
        Campaign current = campaigns.get(campaignId);
        try {
            Campaign saved = campaigns.update(
                    campaignId, SettingsForm.changes(form, current), me.id().value());
            settingsModel(saved, SettingsForm.of(saved), true, model);
        } catch (InvalidInput refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            settingsModel(current, SettingsForm.refused(form, refused), false, model);
        }
        return "campaigns/monitor :: settings";
    }

    @GetMapping("/campaigns/{id}/exclusions")
    @PreAuthorize("hasAuthority('campaigns:read')")
    String exclusions(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        CampaignId campaign = CampaignId.of(id);
        var page = membership.exclusions(campaign, CampaignForms.blankToNull(reason), cursor, 100);
        model.addAttribute("campaign", campaigns.get(campaign));
        model.addAttribute("stats", membership.stats(campaign));
        model.addAttribute("page", page);
        model.addAttribute("reason", CampaignForms.blankToNull(reason));
        model.addAttribute(
                "leadNames", names(page.data().stream().map(Exclusion::leadId).toList()));
        return "campaigns/exclusions";
    }

    private void settingsModel(Campaign campaign, SettingsForm form, boolean saved, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("settings", form);
        model.addAttribute("days", CampaignSchedule.EVERY_DAY);
        model.addAttribute("saved", saved);
    }

    private void monitorModel(UUID id, AuthenticatedUser me, Model model) {
        CampaignId campaign = CampaignId.of(id);
        CampaignStats stats = membership.stats(campaign);
        List<Member> calling =
                membership.members(campaign, MemberStatus.CALLING, null, 100).data();
        Campaign shown = campaigns.get(campaign);
        String currency = shown.budgetCurrency() == null ? "USD" : shown.budgetCurrency();
        model.addAttribute("campaign", shown);
        model.addAttribute("stats", stats);
        model.addAttribute("charged", Amounts.format(stats.charged(), currency));
        model.addAttribute(
                "goals",
                CampaignGoals.stored(shown.goals())
                        .progress(stats.totalCalls(), stats.answered(), stats.transferred(), stats.converted()));
        model.addAttribute(
                "budget", shown.budgetMinor() == null ? null : Amounts.format(shown.budgetMinor(), currency));
        model.addAttribute("funnel", funnel(stats));
        model.addAttribute("calling", calling);
        model.addAttribute(
                "leadNames", names(calling.stream().map(Member::leadId).toList()));
        model.addAttribute("mayWrite", me.has(Permission.CAMPAIGNS_WRITE));
        Channel channel = shown.type().channel();
        if (channel == null) {
            progressModel(monitoring.progress(campaign), model);
        } else {
            messageModel(shown, channel, model);
        }
    }

    /** A message campaign's template and channel, and whether its run waits for the schedule to open. */
    private void messageModel(Campaign shown, Channel channel, Model model) {
        model.addAttribute("channel", Labels.of(channel));
        model.addAttribute("messageProgress", membership.messageProgress(shown.id()));
        model.addAttribute("template", template(shown.templateId()));
        Instant now = clock.instant();
        boolean running = shown.status() == CampaignStatus.ACTIVE || shown.status() == CampaignStatus.SCHEDULED;
        model.addAttribute("closed", running && !shown.schedule().openAt(now));
        model.addAttribute("opensAt", shown.schedule().nextOpening(now));
    }

    private @Nullable Template template(@Nullable UUID id) {
        try {
            return id == null ? null : templates.get(TemplateId.of(id));
        } catch (NotFound gone) {
            return null;
        }
    }

    /** Progress, the waiting reasons in words and the chart's series ("placed" and "answered" per bucket). */
    private void progressModel(CampaignProgress progress, Model model) {
        // The organization's zone until the console's shared per-viewer formatter replaces WaitingText's.
        WaitingText text = new WaitingText(ZoneId.of(organizations.current().timezone()), clock.instant());
        model.addAttribute("progress", progress);
        model.addAttribute(
                "waiting", progress.waiting().stream().map(text::sentence).toList());
        model.addAttribute(
                "eta", progress.eta() == null ? null : text.at(clock.instant().plus(progress.eta())));
        List<CallActivity> activity = progress.activity();
        model.addAttribute(
                "chartLabels", activity.stream().map(a -> text.at(a.start())).collect(Collectors.joining("|")));
        model.addAttribute("chartPlaced", series(activity, CallActivity::placed));
        model.addAttribute("chartAnswered", series(activity, CallActivity::answered));
    }

    private static String series(List<CallActivity> activity, java.util.function.ToIntFunction<CallActivity> value) {
        return activity.stream().map(a -> String.valueOf(value.applyAsInt(a))).collect(Collectors.joining(","));
    }

    /** Every funnel status in order, with its count (zero when none). */
    private static List<Map.Entry<String, Integer>> funnel(CampaignStats stats) {
        return Arrays.stream(MemberStatus.values())
                .map(s -> Map.entry(s.toString(), stats.members().getOrDefault(s.toString(), 0)))
                .toList();
    }

    /** Every lead's name, with a phone number or not (a message campaign's members need none). */
    private Map<UUID, String> names(List<UUID> ids) {
        return ids.isEmpty() ? Map.of() : directory.names(ids);
    }
}
