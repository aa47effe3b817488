package io.switchboard.conversations;

import static io.switchboard.db.Tables.CALL_ANALYSES;
import static io.switchboard.db.Tables.CALL_TRANSCRIPTS;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.ApiTest;
import io.switchboard.telephony.CallId;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Transcripts as stored: once per call however often the event comes, taken up again after a
 * worker stopped mid-analysis, and found by full-text search beside lead notes.
 */
class ConversationStoreIT extends ApiTest {

    @Autowired
    TranscriptIntake intake;

    @Autowired
    Jobs jobs;

    @Autowired
    Job<AnalysisPipeline.Analyse> analyse;

    @Autowired
    TenantTransactions tenants;

    @Autowired
    DSLContext db;

    @Autowired
    TranscriptDoNotCall doNotCallListing;

    String callWithTranscript(Tenant tenant, String leadName, String... turns) {
        CallFlow flow = new CallFlow(api, tenant).ready(CallFlow.NEVER_ANSWER);
        return flow.unansweredCallWithTranscript(
                flow.lead(leadName, null), tenant.organizationId(), intake, tenants, turns);
    }

    @Test
    void aTranscriptDeliveredTwiceIsStoredAndAnalysedOnce() {
        Tenant tenant = signUp();
        String call = callWithTranscript(
                tenant,
                "Tom Twice",
                "Hi Tom, this is Maya from Acme Realty. Is now a good time?",
                "Yes, we're pre-approved and want to see the condo on Saturday.");
        CallFlow flow = new CallFlow(api, tenant);
        flow.analysis(call);
        JsonNode lead = api.get("/api/v1/calls/" + call, tenant.token()).json();

        CallFlow.deliver(
                intake,
                tenants,
                tenant.organizationId(),
                call,
                lead.path("lead_id").asString(),
                "A different transcript",
                "that must not replace the first");

        JsonNode transcript = flow.transcript(call, "completed");
        assertThat(transcript.path("text").asString()).contains("pre-approved").doesNotContain("different");
        assertThat(transcript.path("analysis_attempts").asInt()).isOne();
        assertThat(flow.analysis(call).path("run").asInt()).isOne();
    }

    @Test
    void aTranscriptWhoseWorkerStoppedIsTakenUpAgain() {
        Tenant tenant = signUp();
        String call = callWithTranscript(
                tenant,
                "Carla Crash",
                "Hello Carla, Maya from Acme Realty. You asked about the lake house?",
                "Yes! We want to buy this month, our budget is 600,000.");
        CallFlow flow = new CallFlow(api, tenant);
        String qualification = flow.analysis(call).path("qualification").asString();
        UUID id = UUID.fromString(call);
        // As a node that claimed the transcript and died leaves it: processing, its claim lapsed,
        // no analysis stored, and its job due again (the job engine revives a dead node's jobs once
        // its heartbeats stop: JobsIT).
        tenants.run(OrganizationId.of(UUID.fromString(tenant.organizationId())), () -> {
            db.deleteFrom(CALL_ANALYSES).where(CALL_ANALYSES.CALL_ID.eq(id)).execute();
            db.update(CALL_TRANSCRIPTS)
                    .set(CALL_TRANSCRIPTS.ANALYSIS_STATUS, "processing")
                    .set(CALL_TRANSCRIPTS.CLAIM_TOKEN, UUID.randomUUID())
                    .set(CALL_TRANSCRIPTS.ANALYSIS_ATTEMPTS, 1)
                    .set(CALL_TRANSCRIPTS.NEXT_ATTEMPT_AT, OffsetDateTime.now().minusSeconds(1))
                    .where(CALL_TRANSCRIPTS.CALL_ID.eq(id))
                    .execute();
        });
        assertProblem(api.get("/api/v1/calls/" + call + "/analysis", tenant.token()), 404, "analysis_not_ready");
        tenants.run(
                OrganizationId.of(UUID.fromString(tenant.organizationId())),
                () -> jobs.run(analyse, call, new AnalysisPipeline.Analyse(CallId.of(id))));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(api.get("/api/v1/calls/" + call + "/analysis", tenant.token())
                                .status())
                        .isEqualTo(200));
        JsonNode transcript = flow.transcript(call, "completed");
        assertThat(transcript.path("analysis_attempts").asInt()).isEqualTo(2);
        assertThat(flow.analysis(call).path("qualification").asString()).isEqualTo(qualification);
    }

    @Test
    void aDoNotCallRequestInTheTranscriptPutsTheNumberOnTheListOncePerCall() {
        Tenant tenant = signUp();
        String call = callWithTranscript(
                tenant,
                "Dora Declines",
                "Hi Dora, this is Maya from Acme Realty about the house on Elm Street.",
                "Take me off your list, I mean it.");
        CallFlow flow = new CallFlow(api, tenant);
        assertThat(flow.analysis(call).path("do_not_call_requested").asBoolean())
                .isTrue();
        JsonNode placed = api.get("/api/v1/calls/" + call, tenant.token()).json();
        String phone = placed.path("to_number").asString();
        String dnc = "/api/v1/dnc?phone=" + phone.replace("+", "%2B");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        api.get(dnc, tenant.token()).json().path("data").size())
                .isOne());
        JsonNode entry = api.get(dnc, tenant.token()).json().path("data").get(0);
        assertThat(entry.path("source").asString()).isEqualTo("transcript");
        assertThat(entry.path("reason").asString()).contains(call);

        // Delivered again (after a crash, say): the number is not listed a second time.
        DoNotCallRequested again = new DoNotCallRequested(
                UUID.fromString(tenant.organizationId()),
                io.switchboard.telephony.CallId.of(UUID.fromString(call)),
                UUID.fromString(placed.path("lead_id").asString()),
                phone);
        tenants.run(again, () -> doNotCallListing.list(again));
        assertThat(api.get(dnc, tenant.token()).json().path("data").size()).isOne();

        // Taken off the list by a person, it stays off when the call is analysed again.
        assertThat(api.delete("/api/v1/dnc/" + entry.path("id").asString(), tenant.token())
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/calls/" + call + "/analysis/rerun", null, tenant.token())
                        .status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        assertThat(flow.analysis(call).path("run").asInt()).isEqualTo(2));
        tenants.run(again, () -> doNotCallListing.list(again));
        assertThat(api.get(dnc, tenant.token()).json().path("data").size()).isZero();
        assertThat(api.get("/api/v1/dnc?source=transcript", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
    }

    @Test
    void searchFindsTranscriptsAndNotesBestFirstAndNeverAnotherOrganizations() {
        Tenant tenant = signUp();
        String call = callWithTranscript(
                tenant,
                "Fiona Finance",
                "Hi Fiona, this is Maya from Acme Realty about the Maple Street listing.",
                "I'd like to know what financing options you offer, and whether the seller would finance part of it.");
        String noteLead = new CallFlow(api, tenant).lead("Nate Notes", null);
        var note = api.post(
                "/api/v1/leads/" + noteLead + "/notes",
                body("body", "He asked about financing for the Maple Street house; send the lender list."),
                tenant.token());
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        Member colleague = join(tenant, "manager");
        api.post(
                "/api/v1/leads/" + noteLead + "/notes",
                body("body", "Private: financing worries me here", "is_private", true),
                colleague.token());
        new CallFlow(api, tenant).transcript(call, "completed");

        var results = api.get("/api/v1/search/conversations?q=financing", tenant.token());
        assertThat(results.status()).as(results.toString()).isEqualTo(200);
        assertThat(results.text("match")).isEqualTo("all");
        JsonNode data = results.json().path("data");
        assertThat(data.size()).as(results.toString()).isEqualTo(2);
        JsonNode transcriptHit = hit(data, "transcript");
        assertThat(transcriptHit.path("call_id").asString()).isEqualTo(call);
        assertThat(transcriptHit.path("lead_name").asString()).isEqualTo("Fiona Finance");
        assertThat(transcriptHit.path("snippet").path("text").asString()).contains("financing");
        assertThat(transcriptHit.path("snippet").path("parts").toString())
                .contains("{\"text\":\"financing\",\"match\":true}");
        assertThat(hit(data, "note").path("lead_name").asString()).isEqualTo("Nate Notes");
        assertThat(data.get(0).path("rank").asDouble())
                .isGreaterThanOrEqualTo(data.get(1).path("rank").asDouble());

        JsonNode question = api.get("/api/v1/search/conversations?q=who%20asked%20about%20financing%3F", tenant.token())
                .json();
        assertThat(question.path("data").get(0).path("kind").asString())
                .as("only the note holds both 'asked' and 'financing'")
                .isEqualTo("note");
        JsonNode relaxed = api.get("/api/v1/search/conversations?q=seller%20lender%20mortgage", tenant.token())
                .json();
        assertThat(relaxed.path("match").asString()).isEqualTo("any");
        assertThat(relaxed.path("data").size()).isEqualTo(2);
        JsonNode phrase = api.get(
                        "/api/v1/search/conversations?q=%22financing%20options%22&type=transcript", tenant.token())
                .json();
        assertThat(phrase.path("data").size()).isOne();
        assertThat(api.get("/api/v1/search/conversations?q=financing&type=note", colleague.token())
                        .json()
                        .path("data")
                        .size())
                .as("the manager also finds their own private note")
                .isEqualTo(2);

        Tenant other = signUp();
        assertThat(api.get("/api/v1/search/conversations?q=financing", other.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
        assertProblem(api.get("/api/v1/search/conversations?q=%20", tenant.token()), 400, "invalid_query");
        assertProblem(api.get("/api/v1/search/conversations", tenant.token()), 400, "missing_parameter");
        assertProblem(
                api.get("/api/v1/search/conversations?q=financing&cursor=bm9wZQ", tenant.token()),
                400,
                "invalid_cursor");
        assertProblem(
                api.get("/api/v1/search/conversations?q=financing&type=emails", tenant.token()),
                400,
                "invalid_parameter");
    }

    static JsonNode hit(JsonNode data, String kind) {
        for (JsonNode hit : data) {
            if (hit.path("kind").asString().equals(kind)) {
                return hit;
            }
        }
        throw new AssertionError("no " + kind + " in " + data);
    }

    @Test
    void searchPagesThroughTheRankedList() {
        Tenant tenant = signUp();
        String lead = new CallFlow(api, tenant).lead("Paula Pages", null);
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/leads/" + lead + "/notes", body("body", "Roof inspection number " + i), tenant.token());
        }
        // A note's vector arrives after the note and moves it in the blended ranking; paging through a
        // ranking that changes between pages may show a note twice, so the pages are read once all five
        // are embedded.
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> tenants.call(
                                organization, () -> db.fetchCount(db.selectOne().from("note_embeddings")))
                        == 5);
        JsonNode first = api.get("/api/v1/search/conversations?q=roof&limit=2", tenant.token())
                .json();
        assertThat(first.path("data").size()).isEqualTo(2);
        JsonNode second = api.get(
                        "/api/v1/search/conversations?q=roof&limit=2&cursor="
                                + first.path("next_cursor").asString(),
                        tenant.token())
                .json();
        JsonNode third = api.get(
                        "/api/v1/search/conversations?q=roof&limit=2&cursor="
                                + second.path("next_cursor").asString(),
                        tenant.token())
                .json();
        assertThat(second.path("data").size()).isEqualTo(2);
        assertThat(third.path("data").size()).isOne();
        assertThat(third.path("next_cursor").isNull()).isTrue();
        List<String> seen = new java.util.ArrayList<>();
        for (JsonNode page : List.of(first, second, third)) {
            page.path("data").forEach(hit -> seen.add(hit.path("note_id").asString()));
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(5);
    }
}
