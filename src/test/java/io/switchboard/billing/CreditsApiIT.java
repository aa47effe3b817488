package io.switchboard.billing;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.shared.Ids;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.ApiTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Credits with billing off (the self-hosted default): organization admins top up. Holds,
 * settlements and releases as the dialer makes them, through {@link Credits}.
 */
class CreditsApiIT extends ApiTest {

    @Autowired
    Credits credits;

    <T> T as(Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(OrganizationId.of(UUID.fromString(tenant.organizationId())), work);
    }

    void topUp(Tenant tenant, long amount) {
        var response = api.post("/api/v1/credits/top-ups", body("amount", amount), tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void adminsTopUpAndEveryoneWithBillingReadSeesTheLedger() {
        Tenant tenant = signUp();
        var empty = api.get("/api/v1/credits", tenant.token());
        assertThat(empty.status()).as(empty.toString()).isEqualTo(200);
        assertThat(empty.json().path("balance").asLong()).isZero();
        assertThat(empty.text("currency")).isEqualTo("USD");
        assertThat(empty.json().path("billing_enabled").asBoolean()).isFalse();
        assertThat(empty.json().path("can_top_up").asBoolean()).isTrue();
        assertThat(empty.json().path("ledger").size()).isZero();

        var topUp =
                api.post("/api/v1/credits/top-ups", body("amount", 2500, "note", "invoice 2026-014"), tenant.token());
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(201);
        assertThat(topUp.json().path("amount").asLong()).isEqualTo(2500);
        assertThat(topUp.json().path("balance").asLong()).isEqualTo(2500);

        JsonNode view = api.get("/api/v1/credits", tenant.token()).json();
        assertThat(view.path("balance").asLong()).isEqualTo(2500);
        JsonNode entry = view.path("ledger").get(0);
        assertThat(entry.path("kind").asString()).isEqualTo("top_up");
        assertThat(entry.path("amount").asLong()).isEqualTo(2500);
        assertThat(entry.path("available_after").asLong()).isEqualTo(2500);
        assertThat(entry.path("note").asString()).isEqualTo("invoice 2026-014");
        assertThat(entry.path("actor_type").asString()).isEqualTo("user");
        assertThat(entry.path("actor_id").asString()).isEqualTo(tenant.adminId());

        Member manager = join(tenant, "manager");
        var managerView = api.get("/api/v1/credits", manager.token());
        assertThat(managerView.json().path("balance").asLong()).isEqualTo(2500);
        assertThat(managerView.json().path("can_top_up").asBoolean()).isFalse();
        assertProblem(
                api.post("/api/v1/credits/top-ups", body("amount", 100), manager.token()), 403, "permission_denied");
        Member agent = join(tenant, "agent");
        assertProblem(api.get("/api/v1/credits", agent.token()), 403, "permission_denied");

        var audit = api.get("/api/v1/audit?action=credits.topped_up", tenant.token());
        assertThat(audit.json().path("data").size()).isEqualTo(1);
    }

    @Test
    void badAmountsAreRefusedAndChangeNothing() {
        Tenant tenant = signUp();
        for (Object amount : List.of(0, -5, 10.5, 10_000_001)) {
            assertProblem(
                    api.post("/api/v1/credits/top-ups", body("amount", amount), tenant.token()), 400, "invalid_amount");
        }
        assertProblem(api.post("/api/v1/credits/top-ups", body("amount", "100"), tenant.token()), 400, "invalid_type");
        assertProblem(api.post("/api/v1/credits/top-ups", body("note", "x"), tenant.token()), 400, "validation_failed");
        assertProblem(
                api.patch("/api/v1/credits/settings", body("hold_minutes", 0), tenant.token()), 400, "invalid_value");
        assertProblem(
                api.patch("/api/v1/credits/settings", body("rate_per_minute", -1), tenant.token()),
                400,
                "invalid_amount");
        var view = api.get("/api/v1/credits", tenant.token()).json();
        assertThat(view.path("balance").asLong()).isZero();
        assertThat(view.path("ledger").size()).isZero();
        assertThat(view.path("hold_minutes").asInt()).isEqualTo(5);
    }

    @Test
    void anotherOrganizationsCreditIsItsOwn() {
        Tenant a = signUp();
        Tenant b = signUp();
        topUp(a, 5000);
        UUID call = Ids.next();
        assertThat(as(a, () -> credits.hold(call)).held()).isTrue();
        assertThat(api.get("/api/v1/credits", b.token()).json().path("balance").asLong())
                .isZero();
        assertThat(api.get("/api/v1/credits/ledger", b.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
        // b cannot settle or release a's call: it has no such hold, and a's balance is untouched
        assertThat(as(b, () -> credits.release(call)).released()).isZero();
        assertThat(as(a, () -> credits.balance())).isEqualTo(new Balance(4950, 50, "USD"));
    }

    @Test
    void callsHoldSettlePerStartedMinuteAndRelease() {
        Tenant tenant = signUp();
        topUp(tenant, 1000); // rate 10 per minute, holds of 5 minutes = 50

        UUID first = Ids.next();
        var held = (HoldResult.Held) as(tenant, () -> credits.hold(first));
        assertThat(held.amount()).isEqualTo(50);
        assertThat(held.covers()).isEqualTo(Duration.ofMinutes(5));
        assertThat(held.available()).isEqualTo(950);
        assertThat(((HoldResult.Held) as(tenant, () -> credits.hold(first))).repeated())
                .isTrue();
        assertThat(as(tenant, () -> credits.balance())).isEqualTo(new Balance(950, 50, "USD"));

        Settlement settled = as(tenant, () -> credits.settle(first, Duration.ofSeconds(61)));
        assertThat(settled.minutes()).isEqualTo(2);
        assertThat(settled.charged()).isEqualTo(20);
        assertThat(settled.released()).isEqualTo(30);
        assertThat(settled.repeated()).isFalse();
        Settlement again = as(tenant, () -> credits.settle(first, Duration.ofMinutes(9)));
        assertThat(again.repeated()).isTrue();
        assertThat(again.charged()).isEqualTo(20);
        assertThat(again.minutes()).isEqualTo(2);
        assertThat(as(tenant, () -> credits.release(first)).repeated()).isTrue();
        assertThat(as(tenant, () -> credits.balance())).isEqualTo(new Balance(980, 0, "USD"));

        UUID unanswered = Ids.next();
        as(tenant, () -> credits.hold(unanswered));
        assertThat(as(tenant, () -> credits.release(unanswered)).released()).isEqualTo(50);
        UUID noAnswer = Ids.next();
        as(tenant, () -> credits.hold(noAnswer));
        assertThat(as(tenant, () -> credits.settle(noAnswer, Duration.ZERO)).charged())
                .isZero();
        assertThat(as(tenant, () -> credits.balance())).isEqualTo(new Balance(980, 0, "USD"));

        UUID longCall = Ids.next();
        as(tenant, () -> credits.hold(longCall));
        Settlement overHold = as(tenant, () -> credits.settle(longCall, Duration.ofSeconds(605)));
        assertThat(overHold.minutes()).isEqualTo(11);
        assertThat(overHold.charged()).isEqualTo(110); // 50 held + 60 from the balance
        assertThat(overHold.uncollected()).isZero();
        assertThat(as(tenant, () -> credits.balance())).isEqualTo(new Balance(870, 0, "USD"));

        UUID withoutHold = Ids.next();
        assertThat(as(tenant, () -> credits.settle(withoutHold, Duration.ofSeconds(30)))
                        .charged())
                .isEqualTo(10);
        assertThat(as(tenant, () -> credits.refund(longCall, "dropped line")).refunded())
                .isEqualTo(110);
        assertThat(as(tenant, () -> credits.refund(longCall, "again")).repeated())
                .isTrue();
        assertThat(as(tenant, () -> credits.balance())).isEqualTo(new Balance(970, 0, "USD"));
        assertThat(as(tenant, () -> credits.reconcile()).consistent()).isTrue();

        List<String> kinds = new ArrayList<>();
        api.get("/api/v1/credits/ledger?limit=200", tenant.token())
                .json()
                .path("data")
                .forEach(e -> kinds.add(e.path("kind").asString()));
        assertThat(kinds)
                .containsExactly(
                        "refund",
                        "settlement",
                        "settlement",
                        "hold",
                        "release",
                        "hold",
                        "release",
                        "hold",
                        "settlement",
                        "hold",
                        "top_up");
        var settlements = api.get("/api/v1/credits/ledger?kind=settlement&call_id=" + first, tenant.token())
                .json();
        assertThat(settlements.path("data").size()).isEqualTo(1);
        assertThat(settlements.path("data").get(0).path("minutes").asInt()).isEqualTo(2);
    }

    @Test
    void theBalanceNeverGoesNegativeAndAdminsHearOncePerCrossing() throws Exception {
        Tenant tenant = signUp();
        topUp(tenant, 70); // below the default alert threshold of 10.00 already
        UUID a = Ids.next();
        assertThat(as(tenant, () -> credits.hold(a)).held()).isTrue();
        var refused = (HoldResult.Refused) as(tenant, () -> credits.hold(Ids.next()));
        assertThat(refused.code()).isEqualTo("insufficient_credit");
        assertThat(refused.available()).isEqualTo(20);
        assertThat(as(tenant, () -> credits.hold(Ids.next(), 21)).held()).isFalse();
        assertThat(as(tenant, () -> credits.hold(Ids.next(), 20)).held()).isTrue();

        Settlement tooLong = as(tenant, () -> credits.settle(a, Duration.ofMinutes(10)));
        assertThat(tooLong.charged()).isEqualTo(50); // the hold; nothing more is available
        assertThat(tooLong.uncollected()).isEqualTo(50);
        assertThat(as(tenant, () -> credits.balance()).available()).isZero();
        assertThat(as(tenant, () -> credits.reconcile()).consistent()).isTrue();
        awaitLowBalanceNotices(tenant, 1);

        topUp(tenant, 5000); // back above the threshold: the notice re-arms
        UUID b = Ids.next();
        as(tenant, () -> credits.hold(b));
        as(tenant, () -> credits.settle(b, Duration.ofMinutes(5)));
        awaitLowBalanceNotices(tenant, 1); // 49.50 > 10.00: no new notice
        api.patch("/api/v1/credits/settings", body("low_balance_threshold", 6000), tenant.token());
        UUID c = Ids.next();
        as(tenant, () -> credits.hold(c));
        as(tenant, () -> credits.settle(c, Duration.ofMinutes(1)));
        awaitLowBalanceNotices(tenant, 2);
        as(tenant, () -> credits.settle(Ids.next(), Duration.ofMinutes(1)));
        // A notice that should not come is checked by waiting a while: nothing marks its absence.
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2))
                .until(() -> lowBalanceNotices(tenant) == 2);
    }

    @Test
    void aCallKeepsTheRateItWasHeldAt() {
        Tenant tenant = signUp();
        topUp(tenant, 10_000);
        UUID call = Ids.next();
        as(tenant, () -> credits.hold(call));
        var patched =
                api.patch("/api/v1/credits/settings", body("rate_per_minute", 100, "hold_minutes", 3), tenant.token());
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(as(tenant, () -> credits.settle(call, Duration.ofMinutes(2))).charged())
                .isEqualTo(20);
        var estimate = api.get("/api/v1/credits/estimate", tenant.token()).json();
        assertThat(estimate.path("amount").asLong()).isEqualTo(300);
        assertThat(estimate.path("sufficient").asBoolean()).isTrue();
    }

    /** Waits (notifications are sent after commit, on another thread) until exactly {@code expected}. */
    void awaitLowBalanceNotices(Tenant tenant, int expected) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(lowBalanceNotices(tenant)).isEqualTo(expected));
    }

    int lowBalanceNotices(Tenant tenant) {
        int count = 0;
        for (JsonNode n : api.get("/api/v1/notifications?limit=200", tenant.token())
                .json()
                .path("data")) {
            if (n.path("kind").asString().equals("low_balance")) {
                count++;
            }
        }
        return count;
    }
}
