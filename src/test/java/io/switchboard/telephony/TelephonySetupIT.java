package io.switchboard.telephony;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.ApiTest;
import io.switchboard.support.ProblemAssert;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TelephonySetupIT extends ApiTest {

    @Autowired
    Jobs jobs;

    @Autowired
    Job<VoiceServerChecks.Check> voiceServerCheck;

    @Test
    void aNewVoiceServerIsCheckedByItsOwnJobUntilItIsDeleted() {
        Tenant tenant = signUp();
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        String id = api.post(
                        "/api/v1/voice-servers",
                        Map.of("name", "Checked", "url", "ws://127.0.0.1:" + port + "/simulator/voice"),
                        tenant.token())
                .text("id");

        // Nobody presses "check": the server's job does it (tests: 1 s after it was added).
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        api.get("/api/v1/voice-servers/" + id, tenant.token()).text("status"))
                .isEqualTo("verified"));
        assertThat(jobs.isScheduled(voiceServerCheck, organization, id))
                .as("checked again later")
                .isTrue();

        assertThat(api.delete("/api/v1/voice-servers/" + id, tenant.token()).status())
                .isEqualTo(204);
        assertThat(jobs.isScheduled(voiceServerCheck, organization, id))
                .as("no more checks")
                .isFalse();
    }

    @Test
    void aiAgentsAreConfiguredWithCheckedJson() {
        Tenant tenant = signUp();
        var created = api.post(
                "/api/v1/ai-agents",
                Map.of(
                        "name", "Ava",
                        "voice_config", Map.of("voice", "en-US-female", "speed", 1.1),
                        "llm_config", Map.of("model", "gpt-4o-mini", "temperature", 0.3),
                        "task_config", Map.of("transfer_number", "+15125550150")),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("provider")).isEqualTo("simulated");
        String id = created.text("id");

        assertProblem(
                api.patch("/api/v1/ai-agents/" + id, Map.of("voice_config", Map.of("speed", 9)), tenant.token()),
                400,
                "invalid_config");
        assertProblem(
                api.post("/api/v1/ai-agents", Map.of("name", "Remote", "provider", "bolna"), tenant.token()),
                400,
                "provider_agent_required");
        assertProblem(api.post("/api/v1/ai-agents", Map.of("name", " "), tenant.token()), 400, "validation_failed");
        assertProblem(api.post("/api/v1/ai-agents", Map.of("name", "Ava"), tenant.token()), 409, "duplicate");
        assertThat(api.get("/api/v1/ai-agents/" + id, tenant.token())
                        .json()
                        .path("voice_config")
                        .path("speed")
                        .asDouble())
                .isEqualTo(1.1);

        var renamed = api.patch("/api/v1/ai-agents/" + id, Map.of("name", "Ava 2", "active", false), tenant.token());
        assertThat(renamed.text("name")).isEqualTo("Ava 2");
        assertThat(renamed.json().path("active").asBoolean()).isFalse();
        assertThat(api.delete("/api/v1/ai-agents/" + id, tenant.token()).status())
                .isEqualTo(204);
        assertProblem(api.get("/api/v1/ai-agents/" + id, tenant.token()), 404, "not_found");
    }

    @Test
    void aNumberIsActiveOnceInAnOrganizationAndClaimingItRevealsNoOther() {
        Tenant first = signUp();
        Tenant second = signUp();
        var created = api.post(
                "/api/v1/phone-numbers", Map.of("name", "Main", "phone_number", "(512) 555-0111"), first.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("phone_number")).isEqualTo("+15125550111");
        assertThat(created.json().path("health").path("calls7d").asInt()).isZero();

        // Another organization's claim is answered like any other: whose it is, verification settles.
        var claimed = api.post(
                "/api/v1/phone-numbers", Map.of("name", "Mine too", "phone_number", "+15125550111"), second.token());
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(201);
        assertThat(claimed.text("ownership")).isEqualTo("unverified");
        var twice = api.post(
                "/api/v1/phone-numbers", Map.of("name", "Again", "phone_number", "+1 512 555 0111"), first.token());
        assertProblem(twice, 409, "duplicate");
        assertThat(twice.json().path("errors").get(0).path("field").asString()).isEqualTo("phone_number");
        assertProblem(
                api.post("/api/v1/phone-numbers", Map.of("name", "Bad", "phone_number", "12"), first.token()),
                400,
                "invalid_phone");
        assertProblem(
                api.post(
                        "/api/v1/phone-numbers",
                        Map.of("name", "Twilio", "phone_number", "+15125550112", "provider", "twilio"),
                        first.token()),
                400,
                "provider_number_required");

        api.patch("/api/v1/phone-numbers/" + created.text("id"), Map.of("active", false), first.token());
        assertThat(api.post(
                                "/api/v1/phone-numbers",
                                Map.of("name", "Back", "phone_number", "+15125550111"),
                                first.token())
                        .status())
                .isEqualTo(201);
    }

    @Test
    void voiceServersAreCheckedAndTheBestOneIsUsed() {
        Tenant tenant = signUp();
        var good = api.post(
                "/api/v1/voice-servers",
                Map.of("name", "Local", "url", "ws://127.0.0.1:" + port + "/simulator/voice", "priority", 5),
                tenant.token());
        assertThat(good.status()).as(good.toString()).isEqualTo(201);
        assertThat(good.text("status")).isEqualTo("pending");
        var bad = api.post(
                "/api/v1/voice-servers",
                Map.of("name", "Nowhere", "url", "ws://127.0.0.1:9/stream", "priority", 50),
                tenant.token());

        assertThat(api.post("/api/v1/voice-servers/" + good.text("id") + "/verify", null, tenant.token())
                        .text("status"))
                .isEqualTo("verified");
        var failed = api.post("/api/v1/voice-servers/" + bad.text("id") + "/verify", null, tenant.token());
        assertThat(failed.text("status")).isEqualTo("failed");
        assertThat(failed.text("last_error"))
                .isEqualTo("the connection was refused")
                .doesNotContainPattern(ProblemAssert.JAVA_INTERNALS);
        assertProblem(
                api.post("/api/v1/voice-servers", Map.of("name", "Http", "url", "http://x"), tenant.token()),
                400,
                "validation_failed");

        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String call = telephony.call(telephony.lead("Uma", "+14155550301"));
        assertThat(telephony.get(call).path("voice_server_id").asString()).isEqualTo(good.text("id"));
    }

    @Test
    void anotherOrganizationsSetupIsInvisibleAndUntouchable() {
        Tenant owner = signUp();
        Tenant other = signUp();
        String agent = api.post("/api/v1/ai-agents", Map.of("name", "Ava"), owner.token())
                .text("id");
        String number = api.post(
                        "/api/v1/phone-numbers", Map.of("name", "Main", "phone_number", "+15125550113"), owner.token())
                .text("id");
        String server = api.post(
                        "/api/v1/voice-servers", Map.of("name", "S", "url", "wss://voice.example.com/s"), owner.token())
                .text("id");

        for (String path : new String[] {
            "/api/v1/ai-agents/" + agent, "/api/v1/phone-numbers/" + number, "/api/v1/voice-servers/" + server
        }) {
            assertProblem(api.get(path, other.token()), 404, "not_found");
            assertProblem(api.patch(path, Map.of("name", "Mine"), other.token()), 404, "not_found");
            assertProblem(api.delete(path, other.token()), 404, "not_found");
            assertThat(api.get(path, owner.token()).status()).isEqualTo(200);
        }
        assertProblem(
                api.post(
                        "/api/v1/phone-numbers",
                        Map.of("name", "Steal", "phone_number", "+15125550114", "assigned_ai_agent_id", agent),
                        other.token()),
                400,
                "invalid_reference");
    }

    @Test
    void providerAccountsKeepSecretsWriteOnlyAndOnlyAdminsManageThem() {
        Tenant tenant = signUp();
        var updated = api.patch(
                "/api/v1/voice-providers/twilio",
                Map.of("enabled", true, "config", Map.of("account_sid", "AC123"), "auth_token", "twilio-secret-token"),
                tenant.token());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("auth_token_set").asBoolean()).isTrue();
        assertThat(updated.body()).doesNotContain("twilio-secret-token");
        assertThat(updated.text("webhook_url")).contains("/api/v1/webhooks/twilio?org=" + tenant.organizationId());
        assertProblem(
                api.patch(
                        "/api/v1/voice-providers/simulated",
                        Map.of("config", Map.of("answer_rate", 3)),
                        tenant.token()),
                400,
                "invalid_config");
        assertProblem(api.patch("/api/v1/voice-providers/nokia", Map.of(), tenant.token()), 404, "not_found");

        Member agent = join(tenant, "agent");
        assertProblem(api.get("/api/v1/voice-providers", agent.token()), 403, "permission_denied");
        assertProblem(api.post("/api/v1/ai-agents", Map.of("name", "X"), agent.token()), 403, "permission_denied");
        assertThat(api.get("/api/v1/ai-agents", agent.token()).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> api.get("/api/v1/audit?entity_type=voice_provider_accounts", tenant.token())
                        .body()
                        .contains("voice_provider_accounts"));
    }

    @Test
    void simulatorConfiguredBeforeItsFirstUseStillPlacesCalls() {
        Tenant tenant = signUp();
        // Behaviour set first (as the console's simulator form does), no webhook secret asked for.
        var configured =
                api.patch("/api/v1/voice-providers/simulated", Map.of("config", Telephony.FAST), tenant.token());
        assertThat(configured.status()).as(configured.toString()).isEqualTo(200);
        assertThat(configured.json().path("webhook_secret_set").asBoolean()).isTrue();
        Telephony.topUp(api, tenant);
        Telephony telephony = new Telephony(api, tenant);
        telephony.agent("Ava");
        String call = telephony.call(telephony.lead("Rae", "+14155550461"));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        telephony.get(call).path("status").asString().matches("completed|no_answer|busy|voicemail"));
    }

    @Test
    void telephonyListsAnswerCursorPagesLikeEveryOtherList() {
        Tenant tenant = signUp();
        api.post("/api/v1/ai-agents", Map.of("name", "Ava"), tenant.token());
        api.post("/api/v1/phone-numbers", Map.of("name", "Main", "phone_number", "+15125550190"), tenant.token());
        api.post("/api/v1/voice-servers", Map.of("name", "S", "url", "wss://voice.example.com/s"), tenant.token());
        for (String list : new String[] {"ai-agents", "phone-numbers", "voice-providers", "voice-servers"}) {
            var page = api.get("/api/v1/" + list, tenant.token());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.json().isObject()).as(list + ": " + page).isTrue();
            assertThat(page.json().path("data").isArray()).as(list).isTrue();
            assertThat(page.json().path("data").size()).as(list).isPositive();
            assertThat(page.json().has("next_cursor")).as(list).isTrue();
            assertThat(page.json().path("next_cursor").isNull()).as(list).isTrue();
        }
    }
}
