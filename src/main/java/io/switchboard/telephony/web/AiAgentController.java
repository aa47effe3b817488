package io.switchboard.telephony.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.shared.CursorPage;
import io.switchboard.telephony.AgentType;
import io.switchboard.telephony.AiAgent;
import io.switchboard.telephony.AiAgentChanges;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.AiAgentManagement;
import io.switchboard.telephony.NewAiAgent;
import io.switchboard.telephony.ProviderKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
        name = "AI agents, by name (the whole set in one page)",
        description = "AI voice agents: provider, voice, LLM and task configuration")
class AiAgentController {

    // The docs' walk-through request, shown as the body's example in the OpenAPI document.
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String AGENT_EXAMPLE =
            """
            {"name": "Ava", "type": "call", "provider": "simulated",
             "voice_config": {"voice": "en-US-female-warm", "language": "en"},
             "task_config": {"greeting": "Hi {first_name}, this is Ava from Acme Realty.",
                             "goal": "qualify budget and timeline"}}""";

    static final String URL = "^https?://.{1,1990}$";

    private final AiAgentManagement agents;

    AiAgentController(AiAgentManagement agents) {
        this.agents = agents;
    }

    record CreateAgent(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 2000) String description,
            @Nullable AgentType type,
            @Nullable ProviderKind provider,
            @Nullable @Size(max = 200) String providerAgentId,
            @Nullable Map<String, Object> voiceConfig,
            @Nullable Map<String, Object> llmConfig,
            @Nullable Map<String, Object> taskConfig,
            @Nullable @Size(max = 2000) @Pattern(regexp = URL, message = "must be an http(s) URL") String webhookUrl,
            @Nullable Boolean active) {}

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UpdateAgent(
            @Nullable Optional<@NotBlank @Size(max = 200) String> name,
            @Nullable Optional<@Size(max = 2000) String> description,
            @Nullable Optional<AgentType> type,
            @Nullable Optional<ProviderKind> provider,
            @Nullable Optional<@Size(max = 200) String> providerAgentId,
            @Nullable Optional<Map<String, Object>> voiceConfig,
            @Nullable Optional<Map<String, Object>> llmConfig,
            @Nullable Optional<Map<String, Object>> taskConfig,
            @Nullable
                    Optional<@Size(max = 2000) @Pattern(regexp = URL, message = "must be an http(s) URL") String>
                            webhookUrl,
            @Nullable Optional<Boolean> active) {}

    @GetMapping("/api/v1/ai-agents")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(summary = "AI agents, by name (the whole set in one page)")
    CursorPage<AiAgent> list() {
        return CursorPage.whole(agents.all());
    }

    @PostMapping("/api/v1/ai-agents")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(
            summary = "Add an AI agent (provider_agent_id is required for real providers)",
            description = "The example is an agent on the built-in simulator, ready for a test call (POST"
                    + " /api/v1/calls); {first_name} in the greeting is the lead's.")
    AiAgent create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = JSON, examples = @ExampleObject(AGENT_EXAMPLE)))
                    @Valid
                    @RequestBody
                    CreateAgent body,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return agents.create(
                new NewAiAgent(
                        body.name(),
                        body.description(),
                        body.type(),
                        body.provider(),
                        body.providerAgentId(),
                        body.voiceConfig(),
                        body.llmConfig(),
                        body.taskConfig(),
                        body.webhookUrl(),
                        body.active()),
                me.id().value());
    }

    @GetMapping("/api/v1/ai-agents/{id}")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(summary = "Get an AI agent")
    AiAgent get(@PathVariable UUID id) {
        return agents.get(AiAgentId.of(id));
    }

    @PatchMapping("/api/v1/ai-agents/{id}")
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(summary = "Change an AI agent (JSON merge patch)")
    AiAgent update(@PathVariable UUID id, @Valid @RequestBody UpdateAgent body) {
        return agents.update(
                AiAgentId.of(id),
                new AiAgentChanges(
                        body.name(),
                        body.description(),
                        body.type(),
                        body.provider(),
                        body.providerAgentId(),
                        body.voiceConfig(),
                        body.llmConfig(),
                        body.taskConfig(),
                        body.webhookUrl(),
                        body.active()));
    }

    @DeleteMapping("/api/v1/ai-agents/{id}")
    @PreAuthorize("hasAuthority('telephony:manage')")
    @Operation(summary = "Remove an AI agent (its past calls keep it)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        agents.delete(AiAgentId.of(id));
    }
}
