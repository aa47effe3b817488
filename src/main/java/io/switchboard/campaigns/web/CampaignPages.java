package io.switchboard.campaigns.web;

import io.switchboard.billing.Amounts;
import io.switchboard.campaigns.Campaign;
import io.switchboard.campaigns.CampaignGoals;
import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.CampaignManagement;
import io.switchboard.campaigns.CampaignMembership;
import io.switchboard.campaigns.CampaignSchedule;
import io.switchboard.campaigns.CampaignStats;
import io.switchboard.campaigns.DialOrder;
import io.switchboard.campaigns.Exclusion;
import io.switchboard.campaigns.Member;
import io.switchboard.campaigns.MemberStatus;
import io.switchboard.campaigns.NewCampaign;
import io.switchboard.campaigns.RetryDelays;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.leads.LeadCalls;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.Temperature;
import io.switchboard.shared.Codes;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.Htmx;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.telephony.AiAgentManagement;
import io.switchboard.telephony.PhoneNumberManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
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

/** The campaigns list, the builder (with a live count of the leads it targets), the monitor, the exclusions. */
@Controller
@ConsolePage
class CampaignPages {

    private final CampaignManagement campaigns;
    private final CampaignMembership membership;
    private final AiAgentManagement agents;
    private final PhoneNumberManagement numbers;
    private final LeadCalls leads;

    CampaignPages(
            CampaignManagement campaigns,
            CampaignMembership membership,
            AiAgentManagement agents,
            PhoneNumberManagement numbers,
            LeadCalls leads) {
        this.campaigns = campaigns;
        this.membership = membership;
        this.agents = agents;
        this.numbers = numbers;
        this.leads = leads;
    }

    @Bean
    static NavigationEntry campaignsNavigation() {
        return new NavigationEntry("Calls", "Campaigns", "/campaigns", "campaigns:read", 105);
    }

    @GetMapping("/campaigns")
    @PreAuthorize("hasAuthority('campaigns:read')")
    String list(
            @RequestParam(required = false) @Nullable String cursor,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        model.addAttribute("page", campaigns.list(null, cursor, 50));
        model.addAttribute("mayWrite", me.has(Permission.CAMPAIGNS_WRITE));
        return "campaigns/list";
    }

    @GetMapping("/campaigns/new")
    @PreAuthorize("hasAuthority('campaigns:write')")
    String builder(Model model) {
        model.addAttribute(
                "agents", agents.all().stream().filter(a -> a.active()).toList());
        model.addAttribute(
                "numbers", numbers.all().stream().filter(n -> n.active()).toList());
        model.addAttribute("statuses", codes(LeadStatus.values()));
        model.addAttribute("sources", codes(LeadSource.values()));
        model.addAttribute("temperatures", codes(Temperature.values()));
        model.addAttribute("days", CampaignSchedule.EVERY_DAY);
        return "campaigns/builder";
    }

    @PostMapping("/campaigns/preview")
    @PreAuthorize("hasAuthority('campaigns:read')")
    String preview(@RequestParam MultiValueMap<String, String> form, Model model) {
        model.addAttribute("count", membership.preview(criteria(form)));
        return "campaigns/builder :: preview";
    }

    @PostMapping("/campaigns")
    @PreAuthorize("hasAuthority('campaigns:write')")
    String create(
            @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal AuthenticatedUser me,
            HttpServletRequest request,
            HttpServletResponse response) {
        LeadFilter criteria = criteria(form);
        List<String> days = form.getOrDefault("days", List.of());
        Campaign campaign = campaigns.create(
                new NewCampaign(
                        text(form, "name"),
                        form.getFirst("description"),
                        null,
                        uuid(form, "ai_agent_id"),
                        null,
                        form.getOrDefault("caller_number_ids", List.of()).stream()
                                .filter(s -> !s.isBlank())
                                .map(UUID::fromString)
                                .toList(),
                        criteria,
                        new CampaignSchedule(
                                null,
                                null,
                                days.isEmpty() ? CampaignSchedule.EVERY_DAY : days,
                                time(form, "window_start", LocalTime.MIDNIGHT),
                                time(form, "window_end", null),
                                orDefault(form.getFirst("time_zone"), "UTC")),
                        budget(form),
                        null,
                        goals(form),
                        integer(form, "max_concurrent_calls", 10),
                        integer(form, "max_attempts", 3),
                        new RetryDelays(
                                integer(form, "retry_no_answer", 240),
                                integer(form, "retry_busy", 60),
                                integer(form, "retry_voicemail", 1440),
                                integer(form, "retry_failed", 30)),
                        "arrival".equals(form.getFirst("dial_order")) ? DialOrder.ARRIVAL : DialOrder.SCORE_DESC),
                me.id().value());
        membership.addByCriteria(campaign.id(), criteria, me.id().value());
        return Htmx.redirect(request, response, "/campaigns/" + campaign.id());
    }

    @GetMapping("/campaigns/{id}")
    @PreAuthorize("hasAuthority('campaigns:read')")
    String monitor(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        monitorModel(id, me, model);
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

    @GetMapping("/campaigns/{id}/exclusions")
    @PreAuthorize("hasAuthority('campaigns:read')")
    String exclusions(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        CampaignId campaign = CampaignId.of(id);
        var page = membership.exclusions(campaign, blankToNull(reason), cursor, 100);
        model.addAttribute("campaign", campaigns.get(campaign));
        model.addAttribute("stats", membership.stats(campaign));
        model.addAttribute("page", page);
        model.addAttribute("reason", blankToNull(reason));
        model.addAttribute(
                "leadNames", names(page.data().stream().map(Exclusion::leadId).toList()));
        return "campaigns/exclusions";
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
    }

    /** Every funnel status in order, with its count (zero when none). */
    private static List<Map.Entry<String, Integer>> funnel(CampaignStats stats) {
        return Arrays.stream(MemberStatus.values())
                .map(s -> Map.entry(s.toString(), stats.members().getOrDefault(s.toString(), 0)))
                .toList();
    }

    private Map<UUID, String> names(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        leads.targets(ids.stream().map(LeadId::of).toList())
                .forEach((lead, target) -> names.put(lead.value(), target.name()));
        return names;
    }

    /** The builder's criteria fields, as the lead list's filter. */
    static LeadFilter criteria(MultiValueMap<String, String> form) {
        return new LeadFilter(
                enums(form, "status", LeadStatus.class),
                null,
                null,
                null,
                null,
                enums(form, "source", LeadSource.class),
                enums(form, "temperature", Temperature.class),
                integer(form, "score_min", null),
                integer(form, "score_max", null),
                null,
                null,
                null,
                null,
                null,
                form.containsKey("has_phone") ? Boolean.TRUE : null,
                null,
                blankToNull(form.getFirst("q")),
                null);
    }

    private static <E extends Enum<E>> @Nullable List<E> enums(
            MultiValueMap<String, String> form, String name, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String value : form.getOrDefault(name, List.of())) {
            if (!value.isBlank()) {
                try {
                    values.add(Codes.parse(type, value));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput(name, "invalid_parameter", e.getMessage());
                }
            }
        }
        return values.isEmpty() ? null : values;
    }

    /** The budget typed in currency units ("2500" or "2500.50"), in minor units; none when blank. */
    private static @Nullable Long budget(MultiValueMap<String, String> form) {
        String value = form.getFirst("budget");
        return value == null || value.isBlank() ? null : Amounts.parse("budget", value, "USD");
    }

    /** The goals filled in (goal_total_calls, goal_answered, …); the others are not goals. */
    private static Map<String, Object> goals(MultiValueMap<String, String> form) {
        Map<String, Object> goals = new LinkedHashMap<>();
        for (String key : CampaignGoals.KEYS) {
            Integer target = integer(form, "goal_" + key, null);
            if (target != null) {
                goals.put(key, target);
            }
        }
        return goals;
    }

    private static @Nullable Integer integer(
            MultiValueMap<String, String> form, String name, @Nullable Integer fallback) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "invalid_parameter", "must be a whole number");
        }
    }

    private static @Nullable LocalTime time(
            MultiValueMap<String, String> form, String name, @Nullable LocalTime fallback) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "invalid_time", "must be a time such as 09:00");
        }
    }

    private static @Nullable UUID uuid(MultiValueMap<String, String> form, String name) {
        String value = blankToNull(form.getFirst(name));
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "invalid_parameter", "must be a UUID");
        }
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        return orDefault(form.getFirst(name), "");
    }

    private static String orDefault(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> codes(Enum<?>[] values) {
        return Stream.of(values).map(Object::toString).toList();
    }
}
