package io.switchboard.routing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.switchboard.support.BrowserTest;
import io.switchboard.telephony.Telephony;
import org.junit.jupiter.api.Test;

/**
 * The desk at a phone's width with a live call: an AI call transferred to the queue is offered,
 * accepting it shows the caller ringing the agent's phone, and the agent hangs up from the desk
 * (confirming first) and finishes the work with a disposition.
 */
class RoutingLiveCallBrowserIT extends BrowserTest {

    @Test
    void theDeskShowsTheBridgedCallLive() {
        Tenant tenant = signUp();
        Member ana = join(tenant, "agent");
        var phone = api.patch("/api/v1/me", body("phone", "+15125550184"), ana.token());
        assertThat(phone.status()).as(phone.toString()).isEqualTo(200);
        Telephony telephony = new Telephony(api, tenant).simulator(RoutingLiveCallIT.simulator(3600));
        telephony.agent("Leo");
        String call = telephony.call(telephony.lead("Dana Buyer", "+15125550127"));
        telephony.awaitStatus(call, "in_progress");
        String queue = api.post(
                        "/api/v1/queues",
                        body("name", "Sales floor", "reservation_timeout_seconds", 600),
                        tenant.token())
                .text("id");

        Page desk = signIn(ana.email(), PASSWORD, "/desk");
        desk.setViewportSize(390, 844);
        desk.getByTestId("status-select").selectOption("available");
        desk.getByTestId("status-save").click();
        assertThat(desk.getByTestId("desk-status")).hasText("available");

        var transferred = api.post(
                "/api/v1/calls/" + call + "/transfer", body("type", "warm", "to", "queue:" + queue), tenant.token());
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        assertThat(desk.getByTestId("offer")).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        assertThat(desk.getByTestId("offer-lead")).containsText("Dana Buyer");
        desk.getByTestId("offer-accept").click();

        // Bridged on the job engine after the accept committed, then pushed to the desk.
        assertThat(desk.getByTestId("call-line"))
                .hasAttribute("data-line", "ringing", new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        assertThat(desk.getByTestId("call-line")).containsText("ringing your phone");
        assertThat(desk.getByTestId("my-work")).containsText("Dana Buyer");
        assertThat((Boolean) desk.evaluate("(() => { const m = document.querySelector('main');"
                        + " return m.scrollWidth <= m.clientWidth && m.getBoundingClientRect().right <= 390; })()"))
                .as("the desk fits a phone's width")
                .isTrue();

        // The agent hangs up from the desk, confirming first; the desk turns to the disposition.
        desk.onceDialog(dialog -> {
            assertThat(dialog.message()).isEqualTo("Hang up on Dana Buyer?");
            dialog.accept();
        });
        desk.getByTestId("call-hangup").click();
        assertThat(desk.getByTestId("call-line"))
                .hasAttribute("data-line", "ended", new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        assertThat(desk.getByTestId("call-line")).containsText("Finish the work with how it went");
        assertThat(desk.getByTestId("call-hangup")).hasCount(0);
        desk.getByTestId("disposition").selectOption("interested");
        desk.getByTestId("work-complete").click();
        assertThat(desk.getByTestId("my-work")).hasCount(0);
    }
}
