package io.switchboard.billing;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A hosted install: the platform operator tops up credit and sets rates, organization admins do not. */
@TestPropertySource(properties = "switchboard.billing.enabled=true")
class CreditsWithBillingOnIT extends ApiTest {

    String operator() {
        return apiSignIn("operator@switchboard.example", "switchboard-demo");
    }

    @Test
    void onlyThePlatformOperatorTopsUpAndSetsRates() {
        Tenant tenant = signUp();
        var view = api.get("/api/v1/credits", tenant.token()).json();
        assertThat(view.path("billing_enabled").asBoolean()).isTrue();
        assertThat(view.path("can_top_up").asBoolean()).isFalse();

        assertProblem(
                api.post("/api/v1/credits/top-ups", body("amount", 2500), tenant.token()), 403, "billing_enabled");
        assertProblem(
                api.patch("/api/v1/credits/settings", body("rate_per_minute", 1), tenant.token()),
                403,
                "billing_enabled");
        var threshold = api.patch("/api/v1/credits/settings", body("low_balance_threshold", 500), tenant.token());
        assertThat(threshold.status()).as(threshold.toString()).isEqualTo(200);
        assertThat(threshold.json().path("low_balance_threshold").asLong()).isEqualTo(500);
        assertThat(api.get("/api/v1/credits", tenant.token())
                        .json()
                        .path("balance")
                        .asLong())
                .isZero();

        Map<String, String> acting = Map.of("X-Organization-Id", tenant.organizationId());
        var topUp = api.send("POST", "/api/v1/credits/top-ups", body("amount", 2500), operator(), acting);
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(201);
        var rate = api.send("PATCH", "/api/v1/credits/settings", body("rate_per_minute", 25), operator(), acting);
        assertThat(rate.json().path("rate_per_minute").asLong()).isEqualTo(25);
        var adminView = api.get("/api/v1/credits", tenant.token()).json();
        assertThat(adminView.path("balance").asLong()).isEqualTo(2500);
        assertThat(adminView.path("rate_per_minute").asLong()).isEqualTo(25);
    }

    @Test
    void adjustmentsAreTheOperatorsAndCannotOverdraw() {
        Tenant tenant = signUp();
        Map<String, String> acting = Map.of("X-Organization-Id", tenant.organizationId());
        String operator = operator();
        api.send("POST", "/api/v1/credits/top-ups", body("amount", 1000), operator, acting);
        assertProblem(
                api.post("/api/v1/credits/adjustments", body("amount", -100, "note", "x"), tenant.token()),
                403,
                "permission_denied");
        assertProblem(
                api.send(
                        "POST",
                        "/api/v1/credits/adjustments",
                        body("amount", -1001, "note", "too much"),
                        operator,
                        acting),
                409,
                "insufficient_credit");
        assertProblem(
                api.send("POST", "/api/v1/credits/adjustments", body("amount", -100), operator, acting),
                400,
                "required");
        var adjusted = api.send(
                "POST",
                "/api/v1/credits/adjustments",
                body("amount", -100, "note", "duplicate top-up"),
                operator,
                acting);
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(201);
        assertThat(adjusted.json().path("balance").asLong()).isEqualTo(900);
        var ledger = api.get("/api/v1/credits/ledger?kind=adjustment", tenant.token())
                .json();
        assertThat(ledger.path("data").get(0).path("amount").asLong()).isEqualTo(-100);
        assertThat(ledger.path("data").get(0).path("note").asString()).isEqualTo("duplicate top-up");
    }
}
