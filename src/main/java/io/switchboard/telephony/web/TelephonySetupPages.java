package io.switchboard.telephony.web;

import static io.switchboard.telephony.web.SetupForms.blankToNull;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.Htmx;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.telephony.AgentType;
import io.switchboard.telephony.AiAgent;
import io.switchboard.telephony.AiAgentChanges;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.AiAgentManagement;
import io.switchboard.telephony.NewAiAgent;
import io.switchboard.telephony.NewPhoneNumber;
import io.switchboard.telephony.NumberVerification;
import io.switchboard.telephony.PhoneNumberChanges;
import io.switchboard.telephony.PhoneNumberId;
import io.switchboard.telephony.PhoneNumberManagement;
import io.switchboard.telephony.ProviderKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import tools.jackson.databind.json.JsonMapper;

/** AI agents and phone numbers, managed from the console. */
@Controller
@ConsolePage
class TelephonySetupPages {

    private final AiAgentManagement agents;
    private final PhoneNumberManagement numbers;
    private final NumberVerification verification;
    private final JsonMapper json;

    TelephonySetupPages(
            AiAgentManagement agents, PhoneNumberManagement numbers, NumberVerification verification, JsonMapper json) {
        this.agents = agents;
        this.numbers = numbers;
        this.verification = verification;
        this.json = json;
    }

    @Bean
    static NavigationEntry agentsNavigation() {
        return new NavigationEntry("Calls", "AI agents", "/telephony/agents", "calls:read", 110);
    }

    @Bean
    static NavigationEntry numbersNavigation() {
        return new NavigationEntry("Calls", "Phone numbers", "/telephony/numbers", "calls:read", 120);
    }

    @GetMapping("/telephony/agents")
    @PreAuthorize("hasAuthority('calls:read')")
    String agents(Model model) {
        Map<UUID, Map<String, String>> configs = new LinkedHashMap<>();
        for (AiAgent agent : agents.all()) {
            configs.put(
                    agent.id().value(),
                    Map.of(
                            "voice", SetupForms.pretty(json, agent.voiceConfig()),
                            "llm", SetupForms.pretty(json, agent.llmConfig()),
                            "task", SetupForms.pretty(json, agent.taskConfig())));
        }
        model.addAttribute("agents", agents.all());
        model.addAttribute("configs", configs);
        model.addAttribute("providers", ProviderKind.values());
        model.addAttribute("types", AgentType.values());
        return "telephony/agents";
    }

    @PostMapping("/telephony/agents")
    @PreAuthorize("hasAuthority('telephony:manage')")
    String createAgent(
            @RequestParam String name,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam AgentType type,
            @RequestParam ProviderKind provider,
            @RequestParam(name = "provider_agent_id", required = false) @Nullable String providerAgentId,
            @RequestParam(name = "voice_config", required = false) @Nullable String voice,
            @RequestParam(name = "llm_config", required = false) @Nullable String llm,
            @RequestParam(name = "task_config", required = false) @Nullable String task,
            @RequestParam(name = "webhook_url", required = false) @Nullable String webhookUrl,
            @AuthenticationPrincipal AuthenticatedUser me,
            HttpServletRequest request,
            HttpServletResponse response) {
        agents.create(
                new NewAiAgent(
                        name,
                        description,
                        type,
                        provider,
                        providerAgentId,
                        SetupForms.json(json, "voice_config", voice),
                        SetupForms.json(json, "llm_config", llm),
                        SetupForms.json(json, "task_config", task),
                        blankToNull(webhookUrl),
                        true),
                me.id().value());
        return Htmx.redirect(request, response, "/telephony/agents");
    }

    @PostMapping("/telephony/agents/{id}")
    @PreAuthorize("hasAuthority('telephony:manage')")
    String updateAgent(
            @PathVariable UUID id,
            @RequestParam(name = "voice_config", required = false) @Nullable String voice,
            @RequestParam(name = "llm_config", required = false) @Nullable String llm,
            @RequestParam(name = "task_config", required = false) @Nullable String task,
            @RequestParam(name = "provider_agent_id", required = false) @Nullable String providerAgentId,
            @RequestParam(required = false) @Nullable Boolean active,
            HttpServletRequest request,
            HttpServletResponse response) {
        agents.update(
                AiAgentId.of(id),
                new AiAgentChanges(
                        null,
                        null,
                        null,
                        null,
                        providerAgentId == null ? null : Optional.ofNullable(blankToNull(providerAgentId)),
                        config("voice_config", voice),
                        config("llm_config", llm),
                        config("task_config", task),
                        null,
                        active == null ? null : Optional.of(active)));
        return Htmx.redirect(request, response, "/telephony/agents");
    }

    @PostMapping("/telephony/agents/{id}/delete")
    @PreAuthorize("hasAuthority('telephony:manage')")
    String deleteAgent(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
        agents.delete(AiAgentId.of(id));
        return Htmx.redirect(request, response, "/telephony/agents");
    }

    @GetMapping("/telephony/numbers")
    @PreAuthorize("hasAuthority('calls:read')")
    String numbers(Model model) {
        model.addAttribute("numbers", numbers.all());
        model.addAttribute("agents", agents.all());
        model.addAttribute("providers", ProviderKind.values());
        return "telephony/numbers";
    }

    @PostMapping("/telephony/numbers")
    @PreAuthorize("hasAuthority('telephony:manage')")
    String createNumber(
            @RequestParam String name,
            @RequestParam(name = "phone_number") String phoneNumber,
            @RequestParam ProviderKind provider,
            @RequestParam(name = "provider_number_id", required = false) @Nullable String providerNumberId,
            @RequestParam(name = "ai_agent_id", required = false) @Nullable UUID agent,
            @AuthenticationPrincipal AuthenticatedUser me,
            HttpServletRequest request,
            HttpServletResponse response) {
        numbers.create(
                new NewPhoneNumber(
                        name,
                        phoneNumber,
                        provider,
                        blankToNull(providerNumberId),
                        null,
                        agent == null ? null : AiAgentId.of(agent)),
                me.id().value());
        return Htmx.redirect(request, response, "/telephony/numbers");
    }

    @PostMapping("/telephony/numbers/{id}")
    @PreAuthorize("hasAuthority('telephony:manage')")
    String updateNumber(
            @PathVariable UUID id,
            @RequestParam(name = "ai_agent_id", required = false) @Nullable String agent,
            @RequestParam(required = false) @Nullable Boolean active,
            HttpServletRequest request,
            HttpServletResponse response) {
        numbers.update(
                PhoneNumberId.of(id),
                new PhoneNumberChanges(
                        null,
                        null,
                        null,
                        agent == null
                                ? null
                                : Optional.ofNullable(blankToNull(agent)).map(a -> AiAgentId.of(UUID.fromString(a))),
                        active == null ? null : Optional.of(active)));
        return Htmx.redirect(request, response, "/telephony/numbers");
    }

    @PostMapping("/telephony/numbers/{id}/verify")
    @PreAuthorize("hasAuthority('telephony:manage')")
    String verifyNumber(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
        verification.verify(PhoneNumberId.of(id));
        return Htmx.redirect(request, response, "/telephony/numbers");
    }

    private @Nullable Optional<Map<String, Object>> config(String field, @Nullable String text) {
        if (text == null) {
            return null;
        }
        return Optional.of(
                Optional.ofNullable(SetupForms.json(json, field, text)).orElse(Map.of()));
    }
}
