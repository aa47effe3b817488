package io.switchboard.telephony.internal;

import static io.switchboard.db.Tables.AI_AGENTS;

import io.switchboard.db.tables.records.AiAgentsRecord;
import io.switchboard.shared.JsonColumns;
import io.switchboard.telephony.AgentType;
import io.switchboard.telephony.AiAgent;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.ProviderKind;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class AiAgents {

    private final DSLContext db;
    private final JsonColumns json;

    AiAgents(DSLContext db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    public AiAgentsRecord newRecord() {
        return db.newRecord(AI_AGENTS);
    }

    public List<AiAgent> all() {
        return db.selectFrom(AI_AGENTS)
                .where(AI_AGENTS.DELETED_AT.isNull())
                .orderBy(AI_AGENTS.NAME)
                .fetch(this::toAgent);
    }

    public Optional<AiAgentsRecord> findRecord(AiAgentId id) {
        return db.selectFrom(AI_AGENTS)
                .where(AI_AGENTS.ID.eq(id.value()), AI_AGENTS.DELETED_AT.isNull())
                .fetchOptional();
    }

    /**
     * The agent a call uses when none is named: the oldest active call agent the organization made
     * itself, else the starter agent it signed up with (a real provider's agent, once added, is not
     * passed over for the simulator's).
     */
    public Optional<AiAgentsRecord> defaultCallAgent() {
        return db.selectFrom(AI_AGENTS)
                .where(AI_AGENTS.DELETED_AT.isNull(), AI_AGENTS.ACTIVE.isTrue(), AI_AGENTS.AGENT_TYPE.eq("call"))
                .orderBy(AI_AGENTS.STARTER, AI_AGENTS.ID)
                .limit(1)
                .fetchOptional();
    }

    /** Whether the organization was given its starter agent (deleted since or not). */
    public boolean hasStarter() {
        return db.fetchExists(AI_AGENTS, AI_AGENTS.STARTER.isTrue());
    }

    public JsonColumns json() {
        return json;
    }

    public AiAgent toAgent(AiAgentsRecord r) {
        return new AiAgent(
                AiAgentId.of(r.getId()),
                r.getName(),
                r.getDescription(),
                AgentType.fromCode(r.getAgentType()),
                ProviderKind.fromCode(r.getProvider()),
                r.getProviderAgentId(),
                json.readMap(r.getVoiceConfig()),
                json.readMap(r.getLlmConfig()),
                json.readMap(r.getTaskConfig()),
                r.getWebhookUrl(),
                r.getActive(),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant());
    }
}
