package io.switchboard.telephony;

import io.switchboard.identity.OrganizationSignedUp;
import io.switchboard.telephony.internal.AiAgents;
import io.switchboard.tenancy.TenantTransactions;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives an organization that signed up on its own a ready AI agent on the simulated provider, in the
 * sign-up's transaction, so the console's test call (and {@code POST /api/v1/calls}) works at once.
 * Once per organization; the demo's and the operator's organizations get none.
 */
@Component
class StarterAgent {

    static final String NAME = "Test agent";

    private final AiAgentManagement management;
    private final AiAgents agents;
    private final TenantTransactions tenants;
    private final TelephonyProperties properties;

    StarterAgent(
            AiAgentManagement management, AiAgents agents, TenantTransactions tenants, TelephonyProperties properties) {
        this.management = management;
        this.agents = agents;
        this.tenants = tenants;
        this.properties = properties;
    }

    @EventListener
    void on(OrganizationSignedUp event) {
        if (event.selfService() && properties.starterAgent()) {
            tenants.run(event, () -> create(event.adminId().value()));
        }
    }

    private void create(UUID admin) {
        if (agents.hasStarter()) {
            return;
        }
        management.create(
                new NewAiAgent(
                        NAME,
                        "Ready to try calls on the simulated provider, before a real provider is connected."
                                + " Its calls are charged like any other.",
                        AgentType.CALL,
                        ProviderKind.SIMULATED,
                        null,
                        Map.of("voice", "en-US-female-warm", "language", "en"),
                        Map.of("model", "local", "temperature", 0.3),
                        Map.of("goal", "introduce yourself, ask whether now is a good time, and take a message"),
                        null,
                        true),
                admin,
                true);
    }
}
