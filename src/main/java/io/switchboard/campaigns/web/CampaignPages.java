package io.switchboard.campaigns.web;

import io.switchboard.campaigns.Campaign;
import io.switchboard.campaigns.CampaignGoals;
import io.switchboard.campaigns.CampaignManagement;
import io.switchboard.campaigns.CampaignMembership;
import io.switchboard.campaigns.CampaignSchedule;
import io.switchboard.campaigns.CampaignType;
import io.switchboard.campaigns.DialOrder;
import io.switchboard.campaigns.NewCampaign;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.Temperature;
import io.switchboard.messaging.MessageTemplates;
import io.switchboard.shared.Codes;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.Htmx;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.telephony.AiAgentManagement;
import io.switchboard.telephony.PhoneNumberManagement;
import io.switchboard.tenancy.OrganizationManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The campaigns list and the builder (with a live count of the leads it targets). */
@Controller
@ConsolePage
class CampaignPages {

    private final CampaignManagement campaigns;
    private final CampaignMembership membership;
    private final AiAgentManagement agents;
    private final PhoneNumberManagement numbers;
    private final OrganizationManagement organizations;
    private final MessageTemplates templates;

    CampaignPages(
            CampaignManagement campaigns,
            CampaignMembership membership,
            AiAgentManagement agents,
            PhoneNumberManagement numbers,
            OrganizationManagement organizations,
            MessageTemplates templates) {
        this.campaigns = campaigns;
        this.membership = membership;
        this.agents = agents;
        this.numbers = numbers;
        this.organizations = organizations;
        this.templates = templates;
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
        model.addAttribute(
                "templates",
                templates.list(null, null, 100).data().stream()
                        .filter(t -> t.channel().reachesLead())
                        .toList());
        model.addAttribute("statuses", codes(LeadStatus.values()));
        model.addAttribute("sources", codes(LeadSource.values()));
        model.addAttribute("temperatures", codes(Temperature.values()));
        model.addAttribute("days", CampaignSchedule.EVERY_DAY);
        model.addAttribute(
                "schedule",
                new CampaignSchedule(
                        null,
                        null,
                        CampaignForms.WORKING_DAYS,
                        CampaignForms.DAY_STARTS,
                        CampaignForms.DAY_ENDS,
                        organizations.current().timezone()));
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
        Campaign campaign = campaigns.create(
                command(form, criteria, organizations.current().timezone()),
                me.id().value());
        membership.addByCriteria(campaign.id(), criteria, me.id().value());
        return Htmx.redirect(request, response, "/campaigns/" + campaign.id());
    }

    /**
     * The builder's campaign: a calling one with its calling fields, or a message one with its
     * template (the calling fields, hidden for it, are left out).
     */
    static NewCampaign command(MultiValueMap<String, String> form, LeadFilter criteria, String zone) {
        CampaignType type = CampaignForms.type(form.getFirst("type"));
        boolean calls = !type.messages();
        return new NewCampaign(
                CampaignForms.orDefault(form.getFirst("name"), ""),
                form.getFirst("description"),
                type,
                calls ? null : CampaignForms.uuid(form, "template_id"),
                calls ? CampaignForms.uuid(form, "ai_agent_id") : null,
                null,
                calls ? CampaignForms.uuids(form, "caller_number_ids") : null,
                criteria,
                CampaignForms.schedule(form, zone),
                calls ? CampaignForms.budget(form) : null,
                null,
                calls ? goals(form) : null,
                calls ? CampaignForms.integer(form, "max_concurrent_calls", 10) : null,
                calls ? CampaignForms.integer(form, "max_attempts", 3) : null,
                calls ? CampaignForms.retryDelays(form) : null,
                "arrival".equals(form.getFirst("dial_order")) ? DialOrder.ARRIVAL : DialOrder.SCORE_DESC);
    }

    /** The builder's criteria fields, as the lead list's filter. */
    static LeadFilter criteria(MultiValueMap<String, String> form) {
        return LeadFilter.builder()
                .status(enums(form, "status", LeadStatus.class))
                .source(enums(form, "source", LeadSource.class))
                .temperature(enums(form, "temperature", Temperature.class))
                .score(CampaignForms.integer(form, "score_min", null), CampaignForms.integer(form, "score_max", null))
                .hasPhone(form.containsKey("has_phone") ? Boolean.TRUE : null)
                .q(CampaignForms.blankToNull(form.getFirst("q")))
                .build();
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

    /** The goals filled in (goal_total_calls, goal_answered, …); the others are not goals. */
    private static Map<String, Object> goals(MultiValueMap<String, String> form) {
        Map<String, Object> goals = new LinkedHashMap<>();
        for (String key : CampaignGoals.KEYS) {
            Integer target = CampaignForms.integer(form, "goal_" + key, null);
            if (target != null) {
                goals.put(key, target);
            }
        }
        return goals;
    }

    private static List<String> codes(Enum<?>[] values) {
        return Stream.of(values).map(Object::toString).toList();
    }
}
