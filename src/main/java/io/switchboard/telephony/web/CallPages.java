package io.switchboard.telephony.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadManagement;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.Htmx;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.telephony.AiAgent;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.AiAgentManagement;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallDetail;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallManagement;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.PlaceCall;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.TransferType;
import io.switchboard.telephony.provider.TransferTarget;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
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

/** The calls list (live), a call's page (live status timeline, recording, actions) and test calls. */
@Controller
@ConsolePage
class CallPages {

    private final CallManagement calls;
    private final AiAgentManagement agents;
    private final LeadManagement leads;

    CallPages(CallManagement calls, AiAgentManagement agents, LeadManagement leads) {
        this.calls = calls;
        this.agents = agents;
        this.leads = leads;
    }

    @Bean
    static NavigationEntry callsNavigation() {
        return new NavigationEntry("Calls", "Calls", "/calls", "calls:read", 100);
    }

    @GetMapping("/calls")
    @PreAuthorize("hasAuthority('calls:read')")
    String list(
            @RequestParam(required = false) @Nullable CallStatus status,
            @RequestParam(required = false) @Nullable CallDirection direction,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam MultiValueMap<String, String> params,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        rows(status, direction, cursor, params, model);
        model.addAttribute("statuses", CallStatus.values());
        model.addAttribute("directions", CallDirection.values());
        model.addAttribute("status", status);
        model.addAttribute("direction", direction);
        model.addAttribute("mayCall", mayCall(me));
        model.addAttribute(
                "testAgents",
                agents.all().stream()
                        .filter(a -> a.active() && a.provider() == ProviderKind.SIMULATED)
                        .toList());
        model.addAttribute("testLeads", callableLeads());
        return "telephony/calls";
    }

    /**
     * Besides status and direction, the list takes the API list's other filters (analytics' figures
     * link here with them), carried along to the live refresh and the next page.
     */
    @GetMapping("/calls/rows")
    @PreAuthorize("hasAuthority('calls:read')")
    String rows(
            @RequestParam(required = false) @Nullable CallStatus status,
            @RequestParam(required = false) @Nullable CallDirection direction,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        CallListParams narrowing = CallListParams.parse(params);
        CursorPage<Call> page = calls.list(narrowing.filter(status, direction), cursor, 50);
        model.addAttribute("page", page);
        model.addAttribute("narrowing", narrowing.query());
        model.addAttribute("leadNames", leadNames(page.data()));
        model.addAttribute("agentNames", agentNames());
        return "telephony/calls :: rows";
    }

    @PostMapping("/calls/test")
    @PreAuthorize("hasAuthority('calls:write')")
    String testCall(
            @RequestParam(name = "lead_id") UUID lead,
            @RequestParam(name = "ai_agent_id", required = false) @Nullable UUID agent,
            @AuthenticationPrincipal AuthenticatedUser me,
            HttpServletRequest request,
            HttpServletResponse response) {
        Call call = calls.place(
                new PlaceCall(lead, agent == null ? null : AiAgentId.of(agent), null, null, Map.of("test_call", true)),
                me.id().value());
        return Htmx.redirect(request, response, "/calls/" + call.id());
    }

    @GetMapping("/calls/{id}")
    @PreAuthorize("hasAuthority('calls:read')")
    String detail(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        summary(id, me, model);
        return "telephony/call";
    }

    @GetMapping("/calls/{id}/summary")
    @PreAuthorize("hasAuthority('calls:read')")
    String summary(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        model.addAttribute("mayCall", mayCall(me));
        CallDetail detail = calls.get(CallId.of(id));
        model.addAttribute("call", detail.call());
        model.addAttribute("recordingSrc", detail.call().recordingUrl() == null ? null : "/calls/" + id + "/recording");
        model.addAttribute("events", detail.events());
        model.addAttribute(
                "lead",
                detail.call().leadId() == null ? null : leadName(detail.call().leadId()));
        model.addAttribute("agentNames", agentNames());
        model.addAttribute("transferTypes", TransferType.values());
        return "telephony/call :: summary";
    }

    @PostMapping("/calls/{id}/hangup")
    @PreAuthorize("hasAuthority('calls:write')")
    String hangup(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        calls.hangup(CallId.of(id));
        return summary(id, me, model);
    }

    @PostMapping("/calls/{id}/transfer")
    @PreAuthorize("hasAuthority('calls:write')")
    String transfer(
            @PathVariable UUID id,
            @RequestParam TransferType type,
            @RequestParam String to,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String department,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        calls.transfer(
                CallId.of(id), new TransferTarget(type, to.strip(), blankToNull(reason), blankToNull(department)));
        return summary(id, me, model);
    }

    private static boolean mayCall(AuthenticatedUser me) {
        return me.has(Permission.CALLS_WRITE);
    }

    private List<Lead> callableLeads() {
        return leads.list(LeadFilter.withPhone(), null, 100).data();
    }

    private Map<UUID, String> leadNames(List<Call> page) {
        Map<UUID, String> names = new java.util.HashMap<>();
        page.stream()
                .map(Call::leadId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(id -> {
                    String name = leadName(id);
                    if (name != null) {
                        names.put(id, name);
                    }
                });
        return names;
    }

    private @Nullable String leadName(UUID id) {
        try {
            return leads.get(io.switchboard.leads.LeadId.of(id)).name();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Map<UUID, String> agentNames() {
        Map<UUID, String> names = new java.util.HashMap<>();
        for (AiAgent agent : agents.all()) {
            names.put(agent.id().value(), agent.name());
        }
        return names;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).toList();
    }
}
