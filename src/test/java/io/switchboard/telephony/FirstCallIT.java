package io.switchboard.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.billing.CreditManagement;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.ApiTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A new organization can try a call at once: it signs up with a starting grant of credit and a ready
 * AI agent on the simulated provider (the other tests turn both off and set up what they need). The
 * rate is not the default here, so the grant is seen to be minutes at the organization's rate.
 */
@TestPropertySource(
        properties = {
            "switchboard.billing.starting-grant-minutes=15",
            "switchboard.billing.rate-per-minute=12",
            "switchboard.telephony.starter-agent=true"
        })
class FirstCallIT extends ApiTest {

    static final Set<String> ENDED = Set.of("completed", "no_answer", "busy", "failed", "voicemail");

    @Autowired
    CreditManagement credits;

    @Test
    void aFreshSignUpPlacesACallThatRunsToItsEndOnTheSimulator() {
        Tenant tenant = signUp();
        JsonNode balance = api.get("/api/v1/credits", tenant.token()).json();
        assertThat(balance.path("balance").asLong()).isEqualTo(15 * 12);
        JsonNode agents = api.get("/api/v1/ai-agents", tenant.token()).json().path("data");
        assertThat(agents).hasSize(1);
        assertThat(agents.get(0).path("name").asString()).isEqualTo("Test agent");
        assertThat(agents.get(0).path("provider").asString()).isEqualTo("simulated");
        assertThat(agents.get(0).path("active").asBoolean()).isTrue();

        // Nothing else is set up: no top-up, no agent, no simulator settings; only a lead to call.
        String lead = new Telephony(api, tenant).lead("Robin First", "+14155550811");
        var placed = api.post("/api/v1/calls", body("lead_id", lead), tenant.token());
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.text("ai_agent_id"))
                .isEqualTo(agents.get(0).path("id").asString());
        String call = placed.text("id");

        // The simulator's own timings (a conversation lasts up to 40 s, an unanswered call 20 s).
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> ENDED.contains(call(tenant, call).path("status").asString()));
        JsonNode ended = call(tenant, call);
        assertThat(ended.path("provider_call_id").asString()).startsWith("SIM");
        List<String> movements = kinds(api.get("/api/v1/credits/ledger?call_id=" + call, tenant.token())
                .json());
        // A conversation, or a message left on a voicemail, is charged; anything else gives the hold back.
        boolean talked =
                Set.of("completed", "voicemail").contains(ended.path("status").asString())
                        && ended.path("duration_seconds").asInt() > 0;
        assertThat(movements).containsExactly(talked ? "settlement" : "release", "hold");

        JsonNode ledger = api.get("/api/v1/credits/ledger?kind=starting_grant", tenant.token())
                .json()
                .path("data");
        assertThat(ledger).hasSize(1);
        assertThat(ledger.get(0).path("amount").asLong()).isEqualTo(180);
        assertThat(ledger.get(0).path("actor_type").asString()).isEqualTo("system");
        assertThat(ledger.get(0).path("note").asString())
                .isEqualTo("Starting credit: 15 minutes of calling at 0.12 USD a minute");
        assertThat(api.get("/api/v1/credits", tenant.token())
                        .json()
                        .path("balance")
                        .asLong())
                .isEqualTo(180 - ended.path("credits_used").asLong());
    }

    @Test
    void theGrantIsGivenOnceAndAudited() {
        Tenant tenant = signUp();
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));

        assertThat(TenantContext.callAs(organization, () -> credits.grantStartingCredit()))
                .isEmpty();

        assertThat(api.get("/api/v1/credits/ledger?kind=starting_grant", tenant.token())
                        .json()
                        .path("data"))
                .hasSize(1);
        assertThat(api.get("/api/v1/credits", tenant.token())
                        .json()
                        .path("balance")
                        .asLong())
                .isEqualTo(180);
        JsonNode audit = api.get("/api/v1/audit?action=credits.granted", tenant.token())
                .json()
                .path("data");
        assertThat(audit).hasSize(1);
    }

    @Test
    void theOrganizationsOwnAgentIsTheDefaultOnceItHasOne() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        String ava = telephony.agent("Ava");
        String lead = telephony.lead("Sam Second", "+14155550812");

        var placed = api.post("/api/v1/calls", body("lead_id", lead), tenant.token());

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.text("ai_agent_id")).isEqualTo(ava);
    }

    @Test
    void organizationsTheInstallCreatesGetNoStarterKit() {
        String admin = apiSignIn("admin@acme.example", "switchboard-demo");
        assertThat(api.get("/api/v1/credits/ledger?kind=starting_grant", admin)
                        .json()
                        .path("data"))
                .isEmpty();
        List<String> names = new ArrayList<>();
        api.get("/api/v1/ai-agents", admin)
                .json()
                .path("data")
                .forEach(a -> names.add(a.path("name").asString()));
        assertThat(names).isNotEmpty().doesNotContain("Test agent");

        String operator = apiSignIn("operator@switchboard.example", "switchboard-demo");
        assertThat(api.get("/api/v1/credits/ledger?kind=starting_grant", operator)
                        .json()
                        .path("data"))
                .isEmpty();
        assertThat(api.get("/api/v1/ai-agents", operator).json().path("data")).isEmpty();
    }

    private JsonNode call(Tenant tenant, String call) {
        return api.get("/api/v1/calls/" + call, tenant.token()).json();
    }

    private static List<String> kinds(JsonNode page) {
        List<String> kinds = new ArrayList<>();
        page.path("data").forEach(entry -> kinds.add(entry.path("kind").asString()));
        return kinds;
    }
}
