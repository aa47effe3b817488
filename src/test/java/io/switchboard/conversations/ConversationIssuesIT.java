package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.ApiTest;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 end to end: a stored transcript has its personal numbers masked (and counted) before
 * anything is derived from it; a complaint with a request for a supervisor is its own signal with
 * its evidence, next step and notifications; transcripts are found by meaning, not only by words,
 * and never another organization's.
 */
class ConversationIssuesIT extends ApiTest {

    @Autowired
    TranscriptIntake intake;

    @Autowired
    TenantTransactions tenants;

    String callWithTranscript(Tenant tenant, String leadName, String... turns) {
        CallFlow flow = new CallFlow(api, tenant).ready(CallFlow.NEVER_ANSWER);
        return flow.unansweredCallWithTranscript(
                flow.lead(leadName, null), tenant.organizationId(), intake, tenants, turns);
    }

    @Test
    void cardAndNationalIdNumbersAreMaskedInTheTranscriptAndInEverythingDerivedFromIt() {
        Tenant tenant = signUp();
        String call = callWithTranscript(
                tenant,
                "Paula Payments",
                "Hi Paula, this is Sam from Shield Insurance. I can take the first premium now.",
                "Sure, my card is 4111 1111 1111 1111 and my social security number is 123-45-6789.");

        JsonNode transcript = new CallFlow(api, tenant).transcript(call, "completed");
        JsonNode analysis = new CallFlow(api, tenant).analysis(call);

        assertThat(transcript.path("redactions").asInt()).isEqualTo(2);
        assertThat(transcript.toString()).doesNotContain("4111", "6789").contains("[card number]", "[ssn]");
        assertThat(analysis.toString()).doesNotContain("4111", "6789");
        assertThat(api.get("/api/v1/search/conversations?q=4111", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
    }

    @Test
    void aComplaintAskingForASupervisorIsEscalatedWithEvidenceAndTheSupervisorsAreTold() {
        Tenant tenant = signUp();
        Member supervisor = join(tenant, "supervisor");
        String call = callWithTranscript(
                tenant,
                "Carl Complaint",
                "Hi Carl, this is Maya from Acme Realty following up on the Maple Street listing.",
                "This is the third call this week, it's ridiculous.",
                "I'm sorry about that.",
                "I want to speak to your supervisor.");

        JsonNode analysis = new CallFlow(api, tenant).analysis(call);

        assertThat(analysis.path("complaint").asBoolean())
                .as(analysis.toString())
                .isTrue();
        assertThat(analysis.path("escalation_requested").asBoolean()).isTrue();
        assertThat(analysis.path("next_steps").get(0).asString()).startsWith("Escalate to a supervisor");
        assertThat(analysis.path("evidence").toString())
                .contains("\"label\":\"escalation\"", "\"segment_index\":3", "I want to speak to your supervisor.")
                .contains("\"label\":\"complaint\"", "third call this week");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        api.get("/api/v1/notifications", supervisor.token()).body())
                .contains("escalation", "Supervisor requested by Carl Complaint"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        api.get("/api/v1/notifications", tenant.token()).body())
                .as("the admin placed the call, so the analysis is theirs")
                .contains("Supervisor requested by Carl Complaint"));
    }

    @Test
    void aTranscriptIsFoundByMeaningBesideTheWordMatchesAndNeverByAnotherOrganization() {
        Tenant tenant = signUp();
        String call = callWithTranscript(
                tenant,
                "Molly Mortgage",
                "Hi Molly, this is Maya from Acme Realty about the condo on Pine Street.",
                "Honestly I'm worried I can't get a mortgage approved, the bank turned me down last year.");
        new CallFlow(api, tenant).analysis(call);

        JsonNode found = api.get(
                        "/api/v1/search/conversations?q=home%20loan%20rejected&type=transcript", tenant.token())
                .json();

        assertThat(found.path("data").size()).as(found.toString()).isOne();
        assertThat(found.path("data").get(0).path("call_id").asString()).isEqualTo(call);
        assertThat(found.path("data").get(0).path("snippet").path("text").asString())
                .contains("Molly");
        Tenant other = signUp();
        assertThat(api.get("/api/v1/search/conversations?q=home%20loan%20rejected", other.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
    }
}
