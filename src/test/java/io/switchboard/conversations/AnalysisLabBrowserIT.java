package io.switchboard.conversations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.switchboard.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** The analysis lab in a real browser: preview a conversation, change the settings. */
class AnalysisLabBrowserIT extends BrowserTest {

    static Locator.GetByRoleOptions named(String name) {
        return new Locator.GetByRoleOptions().setName(name);
    }

    Page lab() {
        Tenant tenant = signUp();
        return signIn(tenant.email(), PASSWORD, "/analysis");
    }

    @Test
    void aPastedConversationIsAnalysedIntoACard() {
        Page page = lab();
        assertThat(page.locator("nav.sidebar")).containsText("Analysis lab");

        var form = page.getByTestId("preview-form");
        form.getByLabel("Conversation")
                .fill("Agent: Hi, this is Tom from Acme Realty, is now a good time?\n"
                        + "Customer: No. Stop calling me and remove my number from your list,\n"
                        + "this is the third call this week!");
        form.getByRole(AriaRole.BUTTON, named("Analyze")).click();

        var card = page.getByTestId("analysis-card");
        assertThat(card.getByTestId("qualification")).hasText("not_qualified");
        assertThat(card.getByTestId("dnc")).isVisible();
        assertThat(card.getByTestId("sentiment")).hasText("negative");
        assertThat(card.getByTestId("summary")).containsText("asked not to be called again");
        assertThat(card.getByTestId("next-steps")).containsText("do-not-call list");
        assertThat(card.getByTestId("evidence")).containsText("do_not_call");
        assertThat(card.getByTestId("evidence")).containsText("Stop calling me");
    }

    @Test
    void aQualificationQuestionSavedInTheSettingsIsAnsweredInThePreview() {
        Page page = lab();
        var settings = page.getByTestId("settings-form");
        settings.getByLabel("Qualification questions")
                .fill("preapproved | Are you pre-approved for a mortgage? | pre-approved, mortgage");
        settings.getByLabel("Extraction fields").fill("budget | Budget | money | budget, pre-approved");
        settings.getByRole(AriaRole.BUTTON, named("Save settings")).click();
        assertThat(page.locator("#flash")).containsText("Analysis settings saved.");

        var form = page.getByTestId("preview-form");
        form.getByLabel("Conversation")
                .fill("Agent: Are you working with a lender yet?\n"
                        + "Customer: Yes, we are pre-approved for $450,000 and we'd love to see it on Saturday.");
        form.getByRole(AriaRole.BUTTON, named("Analyze")).click();

        var answers = page.getByTestId("answers");
        assertThat(answers).containsText("Are you pre-approved for a mortgage?");
        assertThat(answers).containsText("$450,000");

        page.reload();
        assertThat(page.getByTestId("settings-form").getByLabel("Qualification questions"))
                .hasValue("preapproved | Are you pre-approved for a mortgage? | pre-approved, mortgage");
    }

    @Test
    void choosingTheOpenAiAnalyzerWithoutAnEndpointShowsTheProblem() {
        Page page = lab();
        var settings = page.getByTestId("settings-form");
        settings.getByLabel("Analyzer").selectOption("openai_compatible");
        settings.getByRole(AriaRole.BUTTON, named("Save settings")).click();

        assertThat(settings).containsText("is required when the analyzer is openai_compatible");
        page.reload();
        assertThat(page.getByTestId("current-analyzer")).hasText("local");
    }

    @Test
    void anEmptyConversationIsRefusedWithAMessage() {
        Page page = lab();
        var form = page.getByTestId("preview-form");
        form.getByLabel("Conversation").fill("   ");
        form.getByRole(AriaRole.BUTTON, named("Analyze")).click();

        assertThat(form).containsText("must hold at least one segment");
    }
}
