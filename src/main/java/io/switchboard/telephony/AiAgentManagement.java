package io.switchboard.telephony;

import io.switchboard.db.tables.records.AiAgentsRecord;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Patches;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.internal.AiAgents;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization's AI voice agents (seed 004). */
@Service
public class AiAgentManagement {

    private final AiAgents agents;

    AiAgentManagement(AiAgents agents) {
        this.agents = agents;
    }

    @Transactional(readOnly = true)
    public List<AiAgent> all() {
        return agents.all();
    }

    @Transactional(readOnly = true)
    public AiAgent get(AiAgentId id) {
        return agents.findRecord(id).map(agents::toAgent).orElseThrow(() -> new NotFound("ai_agent", id));
    }

    @Transactional
    public AiAgent create(NewAiAgent command, @Nullable UUID actor) {
        return create(command, actor, false);
    }

    /** {@code starter}: the ready agent a new organization gets ({@link StarterAgent}). */
    AiAgent create(NewAiAgent command, @Nullable UUID actor, boolean starter) {
        AiAgentsRecord record = agents.newRecord();
        record.setOrganizationId(TenantContext.require().value());
        record.setId(AiAgentId.generate().value());
        record.setName(command.name().strip());
        record.setDescription(blankToNull(command.description()));
        record.setAgentType(orDefault(command.type(), AgentType.CALL).toString());
        record.setProvider(orDefault(command.provider(), ProviderKind.SIMULATED).toString());
        record.setProviderAgentId(blankToNull(command.providerAgentId()));
        record.setVoiceConfig(config(command.voiceConfig(), AgentConfigPolicy::voice));
        record.setLlmConfig(config(command.llmConfig(), AgentConfigPolicy::llm));
        record.setTaskConfig(config(command.taskConfig(), AgentConfigPolicy::task));
        record.setWebhookUrl(blankToNull(command.webhookUrl()));
        record.setActive(command.active() == null || command.active());
        record.setCreatedBy(actor);
        record.setStarter(starter);
        checkProviderAgent(record);
        record.store();
        return agents.toAgent(record);
    }

    @Transactional
    public AiAgent update(AiAgentId id, AiAgentChanges changes) {
        AiAgentsRecord record = agents.findRecord(id).orElseThrow(() -> new NotFound("ai_agent", id));
        Patches.require(changes.name(), "name", v -> record.setName(v.strip()));
        Patches.apply(changes.description(), v -> record.setDescription(blankToNull(v)));
        Patches.require(changes.type(), "type", v -> record.setAgentType(v.toString()));
        Patches.require(changes.provider(), "provider", v -> record.setProvider(v.toString()));
        Patches.apply(changes.providerAgentId(), v -> record.setProviderAgentId(blankToNull(v)));
        Patches.apply(changes.voiceConfig(), v -> record.setVoiceConfig(config(v, AgentConfigPolicy::voice)));
        Patches.apply(changes.llmConfig(), v -> record.setLlmConfig(config(v, AgentConfigPolicy::llm)));
        Patches.apply(changes.taskConfig(), v -> record.setTaskConfig(config(v, AgentConfigPolicy::task)));
        Patches.apply(changes.webhookUrl(), v -> record.setWebhookUrl(blankToNull(v)));
        Patches.require(changes.active(), "active", record::setActive);
        checkProviderAgent(record);
        record.store();
        return agents.toAgent(record);
    }

    /** Soft delete: the agent's past calls keep pointing at it. */
    @Transactional
    public void delete(AiAgentId id) {
        AiAgentsRecord record = agents.findRecord(id).orElseThrow(() -> new NotFound("ai_agent", id));
        record.setDeletedAt(OffsetDateTime.now());
        record.setActive(false);
        record.store();
    }

    private org.jooq.JSONB config(
            @Nullable Map<String, Object> config, java.util.function.Consumer<Map<String, Object>> policy) {
        Map<String, Object> value = config == null ? Map.of() : config;
        policy.accept(value);
        return agents.json().write(value);
    }

    private static void checkProviderAgent(AiAgentsRecord record) {
        ProviderKind provider = ProviderKind.fromCode(record.getProvider());
        if (needsProviderAgent(provider) && record.getProviderAgentId() == null) {
            throw new InvalidInput(
                    "provider_agent_id", "provider_agent_required", "is required for a " + provider + " agent");
        }
    }

    static boolean needsProviderAgent(ProviderKind provider) {
        return provider != ProviderKind.SIMULATED;
    }

    private static <T> T orDefault(@Nullable T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
