package io.switchboard.telephony.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.Htmx;
import io.switchboard.telephony.AiAgent;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.AiAgentManagement;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallFilter;
import io.switchboard.telephony.CallManagement;
import io.switchboard.telephony.PlaceCall;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lead page's Calls card: a Call button (an AI call now, with the agent to use) and the lead's
 * calls with their outcomes. The lead page loads it by URL, so leads needs nothing from telephony.
 * A refused call (calling window, do-not-call, contact frequency) answers in the page's message
 * area with the reason and when the lead may next be called.
 */
@Controller
@ConsolePage
class LeadCallPages {

    private static final int HISTORY = 10;

    private final CallManagement calls;
    private final AiAgentManagement agents;
    private final LeadManagement leads;

    LeadCallPages(CallManagement calls, AiAgentManagement agents, LeadManagement leads) {
        this.calls = calls;
        this.agents = agents;
        this.leads = leads;
    }

    @GetMapping("/leads/{id}/calls-card")
    @PreAuthorize("hasAuthority('calls:read')")
    String card(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        var lead = leads.get(LeadId.of(id));
        var agentList = agents.all().stream().filter(AiAgent::active).toList();
        model.addAttribute("lead", lead);
        model.addAttribute("calls", calls.list(new CallFilter(id, null, null, null, null), null, HISTORY));
        model.addAttribute("agents", agentList);
        model.addAttribute(
                "agentNames", agentList.stream().collect(Collectors.toMap(a -> a.id().value(), AiAgent::name)));
        model.addAttribute("mayCall", me.has(Permission.CALLS_WRITE) && !lead.isDeleted() && lead.phone() != null);
        return "telephony/lead-calls :: card";
    }

    @PostMapping("/leads/{id}/call")
    @PreAuthorize("hasAuthority('calls:write')")
    String call(
            @PathVariable UUID id,
            @RequestParam(name = "ai_agent_id", required = false) @Nullable UUID agent,
            @AuthenticationPrincipal AuthenticatedUser me,
            HttpServletRequest request,
            HttpServletResponse response) {
        Call call = calls.place(
                new PlaceCall(id, agent == null ? null : AiAgentId.of(agent), null, null, Map.of()),
                me.id().value());
        return Htmx.redirect(request, response, "/calls/" + call.id());
    }
}
