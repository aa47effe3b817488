package io.switchboard.telephony;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every call passes the compliance gate and holds credit; its end settles or releases it. */
class CallComplianceIT extends ApiTest {

    @Test
    void aNumberOnTheDoNotCallListIsNeverDialled() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String lead = telephony.lead("Jo", "+14155550201");
        assertThat(api.post(
                                "/api/v1/dnc",
                                Map.of("phone", "+1 415 555 0201", "reason", "asked by mail"),
                                tenant.token())
                        .status())
                .isEqualTo(201);

        var refused = api.post("/api/v1/calls", Map.of("lead_id", lead), tenant.token());

        assertProblem(refused, 409, "do_not_call");
        assertThat(refused.json().path("reasons").toString()).contains("do_not_call");
        assertThat(api.get("/api/v1/calls", tenant.token()).json().path("data").size())
                .isZero();
    }

    @Test
    void aLeadWhoseNightItIsIsCalledLater() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String lead = api.post(
                        "/api/v1/leads",
                        Map.of("name", "Night Owl", "phone", "+14155550202", "timezone", TelephonyTestZones.at(2)),
                        tenant.token())
                .text("id");

        var refused = api.post("/api/v1/calls", Map.of("lead_id", lead), tenant.token());

        assertProblem(refused, 409, "outside_calling_window");
        assertThat(refused.text("next_allowed_at")).isNotBlank();
    }

    @Test
    void creditIsHeldForACallSettledByTheMinuteAndReleasedWhenNobodyAnswers() {
        Tenant tenant = signUp();
        Telephony telephony =
                new Telephony(api, tenant).simulator(Telephony.SILENT).callAsOftenAsNeeded();
        telephony.agent("Ava");
        String lead = telephony.lead("Kim", "+14155550203");
        long before = balance(tenant);

        String answered = telephony.call(lead);
        JsonNode holding = api.get("/api/v1/credits", tenant.token()).json();
        assertThat(holding.path("held").asLong()).isPositive();
        assertThat(holding.path("balance").asLong() + holding.path("held").asLong())
                .isEqualTo(before);
        telephony.webhook(Telephony.event(
                "call.status", telephony.providerId(answered), "status", "completed", "duration_seconds", 61));
        String unanswered = telephony.call(lead);
        telephony.webhook(Telephony.event("call.status", telephony.providerId(unanswered), "status", "no_answer"));

        JsonNode credits = api.get("/api/v1/credits", tenant.token()).json();
        long rate = credits.path("rate_per_minute").asLong();
        assertThat(credits.path("held").asLong()).isZero();
        assertThat(credits.path("balance").asLong()).isEqualTo(before - 2 * rate);
        assertThat(telephony.get(answered).path("credits_used").asLong()).isEqualTo(2 * rate);
        assertThat(telephony.get(unanswered).path("credits_used").asLong()).isZero();
    }

    @Test
    void withoutCreditNoCallIsPlaced() {
        Tenant tenant = signUp();
        telephonyWithoutTopUp(tenant);
        String lead = new Telephony(api, tenant).lead("Lou", "+14155550204");

        assertProblem(api.post("/api/v1/calls", Map.of("lead_id", lead), tenant.token()), 409, "insufficient_credit");
        assertThat(api.get("/api/v1/calls", tenant.token()).json().path("data").size())
                .isZero();
    }

    @Test
    void aCallerWhoAsksNotToBeCalledAgainIsListed() {
        Tenant tenant = signUp();
        Telephony telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Ava");
        String lead = telephony.lead("Max", "+14155550205");
        String sid = telephony.providerId(telephony.call(lead));

        telephony.webhook(Telephony.event("call.opt_out", sid, "do_not_call", true));
        telephony.webhook(Telephony.event("call.status", sid, "status", "completed", "duration_seconds", 20));

        assertThat(api.get("/api/v1/dnc?phone=%2B14155550205", tenant.token())
                        .json()
                        .path("data")
                        .get(0)
                        .path("source")
                        .asString())
                .isEqualTo("call_request");
        assertProblem(api.post("/api/v1/calls", Map.of("lead_id", lead), tenant.token()), 409, "do_not_call");
    }

    private void telephonyWithoutTopUp(Tenant tenant) {
        api.post("/api/v1/ai-agents", Map.of("name", "Ava"), tenant.token());
    }

    private long balance(Tenant tenant) {
        return api.get("/api/v1/credits", tenant.token()).json().path("balance").asLong();
    }
}
