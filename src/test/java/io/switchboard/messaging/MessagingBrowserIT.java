package io.switchboard.messaging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.switchboard.support.BrowserTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Messaging in the console: a demo lead's page shows the conversation the demo played out; on
 * another demo lead a templated SMS is refused in place for want of consent, the consent is
 * recorded right there, and the SMS sent next goes to delivered while the page is open. The
 * Messaging page creates templates (inline errors for bad input) and sets quiet hours.
 */
class MessagingBrowserIT extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions PATIENTLY =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    static final String DEMO_PASSWORD = "switchboard-demo";

    @Test
    void aDemoLeadIsMessagedFromItsPageAndTheMessageIsDelivered() {
        String token = apiSignIn("admin@acme.example", DEMO_PASSWORD);
        String dana = demoLead("Dana Whitfield", token);
        String emily = demoLead("Emily Carter", token);
        allDay(token);

        Page page = signIn("admin@acme.example", DEMO_PASSWORD, "/leads/" + dana);
        Locator danaTalk = page.getByTestId("lead-conversation");
        assertThat(danaTalk).containsText("your viewing is confirmed", PATIENTLY);
        assertThat(danaTalk).containsText("See you Saturday");
        assertThat(danaTalk.locator(
                        "li[data-type=message][data-direction=outbound]:not([data-alert]) [data-testid=entry-status]"))
                .containsText("delivered", PATIENTLY);
        // her reply alerted Acme's team in Slack (the demo's alert rules)
        assertThat(danaTalk.locator("li[data-alert=lead_replied]"))
                .containsText("Dana Whitfield* replied by SMS", PATIENTLY);
        // Oldest first by the time shown, also for the call the demo recorded as yesterday's.
        List<Instant> times = danaTalk.locator("li").all().stream()
                .map(item -> Instant.parse(item.getAttribute("data-at")))
                .toList();
        assertThat(times).isNotEmpty().isSorted();

        page.navigate(api.base() + "/leads/" + emily);
        Locator card = page.getByTestId("lead-messages");
        assertThat(card.getByTestId("lead-conversation")).isVisible();
        // the card came after the page: its topic still opens the live connection
        assertThat(page.locator("body")).hasAttribute("data-live-state", "websocket");
        card.getByTestId("message-template").selectOption(new SelectOption().setLabel("SMS · Viewing reminder (en)"));
        assertThat(page.getByTestId("message-preview")).containsText("Hi Emily, this is Acme Realty");

        card.getByTestId("message-send").click();

        Locator refused = page.getByTestId("message-refused");
        assertThat(refused).hasText("No SMS consent for marketing — record consent first");
        assertThat(refused).hasAttribute("data-code", "no_consent");
        Locator consent = page.getByTestId("message-consent-form");
        assertThat(consent).isVisible(); // opened by the refusal, on the channel and purpose it needs
        assertThat(consent.locator("select[name=channel]")).hasValue("sms");
        assertThat(consent.locator("select[name=purpose]")).hasValue("marketing");
        consent.getByLabel("Evidence").fill("Ticked the SMS box on the listing form");
        consent.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record consent"))
                .click();
        assertThat(page.getByTestId("consent-recorded")).containsText("sms for marketing");

        page.getByTestId("message-template").selectOption(new SelectOption().setLabel("SMS · Viewing reminder (en)"));
        page.getByTestId("message-send").click();

        assertThat(page.getByTestId("message-queued")).isVisible();
        Locator sent = page.getByTestId("lead-conversation")
                .locator("li[data-type=message]", new Locator.LocatorOptions().setHasText("Hi Emily"));
        assertThat(sent.getByTestId("entry-status"))
                .hasText(
                        "delivered",
                        new LocatorAssertions.HasTextOptions().setTimeout(30_000)); // live: the page is not reloaded
        assertThat(sent).containsText("delivered ");

        page.setViewportSize(390, 844);
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("the lead page on a 390 px phone").isLessThanOrEqualTo(390);
    }

    @Test
    void theMessagingPageKeepsTemplatesAndQuietHours() {
        Page page = signIn("admin@acme.example", DEMO_PASSWORD, "/messaging");
        assertThat(page.getByTestId("messaging-providers")).containsText("simulated");
        Locator templates = page.getByTestId("messaging-templates");
        assertThat(templates).containsText("Invitación a jornada de puertas abiertas");
        assertThat(templates.locator("tr[data-template='Invitación a jornada de puertas abiertas']"))
                .containsText("pending");

        Locator form = page.getByTestId("template-form");
        form.getByLabel("Name").fill("Price drop");
        form.getByLabel("Channel").selectOption("whatsapp");
        form.getByLabel("Language").fill("English");
        form.getByLabel("Text").fill("Hi {{first_name}}, the price of {{listing}} just dropped.");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create template"))
                .click();
        assertThat(form.locator("[name=language][aria-invalid=true] + .field-error"))
                .isVisible();

        form.getByLabel("Language").fill("en");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create template"))
                .click();
        Locator created = page.getByTestId("messaging-templates").locator("tr[data-template='Price drop']");
        assertThat(created).containsText("pending");

        created.locator("summary", new Locator.LocatorOptions().setHasText("Preview"))
                .click();
        created.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Preview"))
                .click();
        assertThat(created).containsText("listing"); // the lead has no value for it: named, not a 500

        Locator window = page.getByTestId("messaging-window");
        window.getByLabel("From").fill("07:30");
        window.getByLabel("To").fill("23:00");
        window.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByTestId("window-saved")).hasText("Saved: messages go out 07:30–23:00 in each lead's time.");
        page.reload();
        assertThat(page.getByTestId("messaging-window").getByLabel("From")).hasValue("07:30");
        assertThat(page.getByTestId("messaging-window").getByLabel("To")).hasValue("23:00");
        allDay(apiSignIn("admin@acme.example", DEMO_PASSWORD));
    }

    @Test
    void aTwilioAccountIsConnectedOnTheMessagingPageAndItsTokenIsNeverShown() {
        Tenant tenant = signUp();
        Page page = signIn(tenant.email(), PASSWORD, "/messaging");
        page.locator("summary", new Page.LocatorOptions().setHasText("Twilio (SMS, WhatsApp)"))
                .click();
        Locator form = page.getByTestId("twilio-form");
        form.getByLabel("Account SID").fill("AC0123456789abcdef0123456789abcdef");
        form.getByLabel("From number").fill("555-0100");
        form.getByLabel("Auth token").fill("console-twilio-token-123");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save Twilio account"))
                .click();
        assertThat(form.locator("[name=from][aria-invalid=true] + .field-error"))
                .isVisible(); // not E.164: shown next to the field, nothing stored

        form.getByLabel("From number").fill("+14155550100");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save Twilio account"))
                .click();
        Locator sms = page.getByTestId("messaging-providers").locator("tr[data-channel='sms']");
        assertThat(sms).containsText("twilio");
        assertThat(sms.getByTestId("webhook-url")).containsText("/api/v1/webhooks/messaging/twilio?org=");
        assertThat(page.getByTestId("twilio-auth-token")).hasValue("");
        assertThat(page.content()).doesNotContain("console-twilio-token-123");
        var account = api.get("/api/v1/messaging/providers", tenant.token());
        assertThat(account.body()).contains("\"secrets_set\":true").doesNotContain("console-twilio-token-123");
    }

    @Test
    void whatsAppAndSlackAccountsAreConnectedOnTheMessagingPageAndTheirSecretsAreNeverShown() {
        Tenant tenant = signUp();
        Page page = signIn(tenant.email(), PASSWORD, "/messaging");
        page.locator("summary", new Page.LocatorOptions().setHasText("WhatsApp Cloud API"))
                .click();
        Locator form = page.getByTestId("whatsapp-form");
        form.getByLabel("Phone number ID").fill("not-a-number");
        form.getByLabel("WhatsApp Business Account ID").fill("102290129340398");
        form.getByLabel("Access token").fill("console-whatsapp-token-123");
        form.getByLabel("App secret").fill("console-app-secret-123");
        form.getByLabel("Verify token").fill("console-verify-123");
        Locator save = form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save WhatsApp account"));
        save.click();
        assertThat(form.locator("[name=phone_number_id][aria-invalid=true] + .field-error"))
                .isVisible(); // shown next to the field, nothing stored

        form.getByLabel("Phone number ID").fill("106540352242922");
        save.click();
        Locator whatsApp = page.getByTestId("messaging-providers").locator("tr[data-channel='whatsapp']");
        assertThat(whatsApp).containsText("whatsapp_cloud");
        assertThat(whatsApp.getByTestId("webhook-url")).containsText("/api/v1/webhooks/messaging/whatsapp_cloud?org=");
        assertThat(page.getByTestId("whatsapp-access-token")).hasValue("");

        page.locator("summary", new Page.LocatorOptions().setHasText("Slack incoming webhook"))
                .click();
        Locator slack = page.getByTestId("slack-form");
        slack.getByLabel("Slack channel (shown in the log)").fill("#hot-leads");
        slack.getByLabel("Webhook URL").fill("https://hooks.slack.com/services/T0/B0/console-slack-secret");
        slack.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save Slack webhook"))
                .click();
        assertThat(page.getByTestId("messaging-providers").locator("tr[data-channel='slack']"))
                .containsText("slack_webhook");
        assertThat(page.getByTestId("slack-webhook-url")).hasValue("");
        assertThat(page.content())
                .doesNotContain("console-whatsapp-token-123", "console-app-secret-123", "console-slack-secret");
        var accounts = api.get("/api/v1/messaging/providers", tenant.token());
        assertThat(accounts.body())
                .contains("#hot-leads")
                .doesNotContain("console-whatsapp-token-123", "console-verify-123", "console-slack-secret");

        page.setViewportSize(390, 844);
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("the Messaging page on a 390 px phone").isLessThanOrEqualTo(390);
    }

    @Test
    void alertsAreChosenOnTheMessagingPageAndAReplysAlertShowsInTheLeadsConversation() {
        Tenant tenant = signUp();
        allDay(tenant.token());
        Page page = signIn(tenant.email(), PASSWORD, "/messaging");
        Locator alerts = page.getByTestId("messaging-alerts");
        Locator hot = alerts.locator("fieldset[data-event=lead_hot]");
        Locator replied = alerts.locator("fieldset[data-event=lead_replied]");
        hot.getByLabel("Slack").check();
        replied.getByLabel("E-mail").check();
        Locator save = alerts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save alerts"));
        save.click();
        assertThat(page.locator("[name=lead_replied_recipient][aria-invalid=true] + .field-error"))
                .containsText("team's e-mail address");
        assertThat(api.get("/api/v1/messaging/alerts", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .as("nothing stored while the address is missing")
                .isZero();

        page.getByTestId("messaging-alerts")
                .locator("[name=lead_replied_recipient]")
                .fill("sales@example.com");
        page.getByTestId("messaging-alerts")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save alerts"))
                .click();
        assertThat(page.getByTestId("alerts-saved")).isVisible();
        page.reload();
        assertThat(page.locator("fieldset[data-event=lead_hot]").getByLabel("Slack"))
                .isChecked();
        assertThat(page.locator("[name=lead_replied_recipient]")).hasValue("sales@example.com");
        page.setViewportSize(390, 844);
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("the Messaging page on a 390 px phone").isLessThanOrEqualTo(390);

        var lead = api.post("/api/v1/leads", body("name", "Penny Replies", "phone", "+13125550188"), tenant.token());
        assertThat(lead.status()).as(lead.toString()).isEqualTo(201);
        var reply = api.post(
                "/api/v1/messaging/simulator/inbound",
                body("from", "+13125550188", "channel", "sms", "body", "Is it still for sale?"),
                tenant.token());
        assertThat(reply.text("result")).as(reply.toString()).isEqualTo("applied");
        page.navigate(api.base() + "/leads/" + lead.text("id"));
        Locator talk = page.getByTestId("lead-conversation");
        assertThat(talk.getByTestId("entry-alert")).containsText("alert to the team: reply", PATIENTLY);
        assertThat(talk).containsText("Penny Replies replied by SMS");
        width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("the lead page on a 390 px phone").isLessThanOrEqualTo(390);
    }

    /** The demo's window (all day), which a send at any hour of the test run relies on. */
    private void allDay(String token) {
        var put = api.send(
                "PUT", "/api/v1/messaging/window", body("start_minute", 0, "end_minute", 1440), token, Map.of());
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

    private String demoLead(String name, String token) {
        var found = api.get("/api/v1/leads?limit=1&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), token);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json().path("data").get(0).path("id").asString();
    }
}
