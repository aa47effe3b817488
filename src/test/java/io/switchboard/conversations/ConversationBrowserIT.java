package io.switchboard.conversations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.switchboard.support.BrowserTest;
import io.switchboard.tenancy.TenantTransactions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A call's conversation (the fragment the call page loads), the inbox and the search page in a real
 * browser, live updates included.
 */
class ConversationBrowserIT extends BrowserTest {

    static final String[] HOT_CALL = {
        "Hi Dana, this is Maya from Acme Realty about the Lakeside condo. Is now a good time?",
        "Yes! Our lease ends next month and we are pre-approved for $450,000.",
        "Great. Would you like to see it this Saturday?",
        "Absolutely, Saturday at 10 works. My wife and I will both come."
    };

    @RegisterExtension
    final LlmEndpoint llm = new LlmEndpoint();

    @Autowired
    TranscriptIntake intake;

    @Autowired
    TenantTransactions tenants;

    /** Signs in and waits until the page's scripts run and its live connection is open. */
    Page open(Tenant tenant, String path) {
        Page page = signIn(tenant.email(), PASSWORD, path);
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("body[data-live-state=\"websocket\"]")).hasCount(1);
        return page;
    }

    static Locator.GetByRoleOptions named(String name) {
        return new Locator.GetByRoleOptions().setName(name);
    }

    @Test
    void theInboxOpensAnAnalysedCallAsAConversationAndMarksItRead() {
        Tenant tenant = signUp();
        CallFlow flow = new CallFlow(api, tenant).ready(CallFlow.NEVER_ANSWER);
        String call = flow.unansweredCallWithTranscript(
                flow.lead("Dana Whitfield", null), tenant.organizationId(), intake, tenants, HOT_CALL);
        String qualification = flow.analysis(call).path("qualification").asString();

        Page page = open(tenant, "/inbox");
        assertThat(page.locator("nav.sidebar")).containsText("Inbox");
        Locator item = page.getByTestId("inbox-item");
        assertThat(item).hasCount(1);
        assertThat(item).containsText("Dana Whitfield");
        item.click();

        Locator conversation = page.getByTestId("inbox-reader").getByTestId("conversation");
        Locator turns = conversation.locator("li.turn");
        assertThat(turns).hasCount(4);
        assertThat(turns.first()).hasClass(java.util.regex.Pattern.compile(".*\\bagent\\b.*"));
        assertThat(turns.first()).containsText("AI agent");
        assertThat(turns.first()).containsText("0:00");
        assertThat(turns.nth(1)).hasClass(java.util.regex.Pattern.compile(".*\\blead\\b.*"));
        assertThat(turns.nth(1)).containsText("Dana Whitfield");
        assertThat(turns.nth(1)).containsText("pre-approved for $450,000");
        Locator card = conversation.getByTestId("call-analysis");
        assertThat(card.getByTestId("qualification")).hasText(qualification);
        assertThat(card.getByTestId("summary")).not().isEmpty();
        assertThat(card.getByTestId("read-state")).hasText("unread");

        card.getByRole(AriaRole.BUTTON, named("Mark read")).click();
        assertThat(page.getByTestId("inbox-reader").getByTestId("read-state")).hasText("read");
        assertThat(page.getByTestId("inbox-empty")).isVisible();
        assertThat(api.get("/api/v1/calls/" + call + "/analysis", tenant.token())
                        .json()
                        .path("is_read")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void anAnalysisThatCompletesWhileTheInboxIsOpenAppearsWithoutAReload() {
        Tenant tenant = signUp();
        CallFlow flow = new CallFlow(api, tenant).ready(CallFlow.NEVER_ANSWER);
        String lead = flow.lead("Lena Live", null);
        Page page = open(tenant, "/inbox");
        assertThat(page.getByTestId("inbox-empty")).isVisible();

        flow.unansweredCallWithTranscript(lead, tenant.organizationId(), intake, tenants, HOT_CALL);

        assertThat(page.getByTestId("inbox-item")).containsText("Lena Live");
    }

    @Test
    void theConversationOpenInTheReadingPaneFollowsLiveChanges() {
        Tenant tenant = signUp();
        CallFlow flow = new CallFlow(api, tenant).ready(CallFlow.NEVER_ANSWER);
        String call = flow.unansweredCallWithTranscript(
                flow.lead("Rita Reader", null), tenant.organizationId(), intake, tenants, HOT_CALL);
        flow.analysis(call);

        Page page = open(tenant, "/inbox");
        page.getByTestId("inbox-item").click();
        Locator state = page.getByTestId("inbox-reader").getByTestId("read-state");
        assertThat(state).hasText("unread");
        page.waitForFunction("() => document.body.dataset.liveState === 'websocket'");
        page.waitForTimeout(1000); // the pane's call topic is subscribed to once it settled

        // read elsewhere (another tab, the API): the open pane follows without a reload
        var read = api.patch("/api/v1/calls/" + call + "/analysis", Map.of("is_read", true), tenant.token());
        org.assertj.core.api.Assertions.assertThat(read.status()).isEqualTo(200);
        assertThat(state).hasText("read");
    }

    /**
     * The call page (telephony's) loads the conversation and reloads it on the call's live events:
     * the retried analysis lands there without a reload.
     */
    @Test
    void theCallPageShowsAFailedAnalysisRetriesItAndUpdatesLive() {
        llm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"message\":\"bad key\"}}")));
        Tenant tenant = signUp();
        llm.serve(api, tenant.token());
        CallFlow flow = new CallFlow(api, tenant).ready(CallFlow.NEVER_ANSWER);
        String call = flow.unansweredCallWithTranscript(
                flow.lead("Fay Failed", null), tenant.organizationId(), intake, tenants, HOT_CALL);
        flow.transcript(call, "failed");

        Page page = open(tenant, "/calls/" + call);
        Locator failed = page.getByTestId("call-conversation").getByTestId("analysis-failed");
        assertThat(failed).containsText("401");
        assertThat(page.getByTestId("transcript").locator("li.turn")).hasCount(4);

        llm.resetAll();
        llm.answerHot();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retry the analysis"))
                .click();

        assertThat(page.getByTestId("call-analysis").getByTestId("qualification"))
                .hasText("hot");
        assertThat(page.getByTestId("next-steps")).containsText("Confirm the Saturday 10 am showing");
    }

    @Test
    void searchShowsTranscriptsAndNotesWithTheMatchesMarked() {
        Tenant tenant = signUp();
        CallFlow flow = new CallFlow(api, tenant).ready(CallFlow.NEVER_ANSWER);
        String lead = flow.lead("Sam Search", null);
        flow.unansweredCallWithTranscript(
                lead,
                tenant.organizationId(),
                intake,
                tenants,
                "Hi Sam, Maya from Acme Realty.",
                "Hi. Do you offer financing on the Maple Street house?");
        api.post("/api/v1/leads/" + lead + "/notes", body("body", "Asked twice about financing."), tenant.token());

        Page page = signIn(tenant.email(), PASSWORD, "/search");
        page.waitForLoadState(LoadState.LOAD);
        page.getByTestId("search-form").getByLabel("What are you looking for?").fill("financing");
        page.getByTestId("search-form")
                .getByRole(AriaRole.BUTTON, named("Search"))
                .click();

        Locator results = page.getByTestId("search-results").locator("> li");
        assertThat(results).hasCount(2);
        assertThat(results.locator("mark").first()).hasText("financing");
        assertThat(page.getByTestId("search-results")).containsText("Sam Search");
        assertThat(page.getByTestId("search-results")).containsText("Open the call");
        assertThat(page.getByTestId("search-results")).containsText("Open the lead's notes");
    }
}
