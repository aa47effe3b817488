package io.switchboard.leads;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadsApiIT extends ApiTest {

    String lead(Tenant tenant, Object... fields) {
        var response = api.post("/api/v1/leads", body(fields), tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    @Test
    void aLeadIsCapturedWithItsPhoneNormalizedAndPlacedInThePipeline() {
        Tenant tenant = signUp();
        var created = api.post(
                "/api/v1/leads",
                body(
                        "name",
                        "Dana Whitfield",
                        "phone",
                        "(512) 555-0142",
                        "email",
                        "Dana@Example.com",
                        "company",
                        "Whitfield Homes",
                        "stakeholders",
                        java.util.List.of(Map.of("name", "Chris", "role", "spouse"))),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("phone")).isEqualTo("+15125550142");
        assertThat(created.text("phone_region")).isEqualTo("US");
        assertThat(created.text("timezone")).isEqualTo("America/Chicago");
        assertThat(created.text("email")).isEqualTo("dana@example.com");
        assertThat(created.text("status")).isEqualTo("new");
        assertThat(created.text("source")).isEqualTo("api");
        assertThat(created.text("stage_id")).isNotBlank();

        var fetched = api.get("/api/v1/leads/" + created.text("id"), tenant.token());
        assertThat(fetched.json().path("stakeholders").get(0).path("role").asString())
                .isEqualTo("spouse");
        var pipelines = api.get("/api/v1/pipelines", tenant.token());
        assertThat(pipelines.json().get(0).path("stages").size()).isEqualTo(7);
    }

    @Test
    void duplicatesAnswer409NamingTheExistingLead() {
        Tenant tenant = signUp();
        String existing = lead(
                tenant,
                "name",
                "Dana Whitfield",
                "phone",
                "(512) 555-0142",
                "email",
                "dana@example.com",
                "company",
                "Whitfield Homes");

        for (var duplicate : java.util.List.of(
                body("name", "D. W.", "phone", "+1 512-555-0142"),
                body("name", "Dana", "email", "DANA@example.com"),
                body("name", "Dana Whitfeld", "company", "whitfield homes", "email", "other@example.com"))) {
            var response = api.post("/api/v1/leads", duplicate, tenant.token());
            assertProblem(response, 409, "duplicate_lead");
            assertThat(response.text("existing_lead_id")).isEqualTo(existing);
        }
        var forced = api.post(
                "/api/v1/leads",
                body("name", "Dana twin", "phone", "(512) 555-0142", "allow_duplicate", true),
                tenant.token());
        assertThat(forced.status()).isEqualTo(201);
    }

    @Test
    void badInputIsAProblemAndCreatesNothing() {
        Tenant tenant = signUp();
        assertProblem(
                api.post("/api/v1/leads", body("phone", "(512) 555-0142"), tenant.token()), 400, "validation_failed");
        assertProblem(
                api.post("/api/v1/leads", body("name", "A", "phone", "123"), tenant.token()), 400, "invalid_phone");
        assertProblem(api.post("/api/v1/leads", body("name", "A"), tenant.token()), 400, "contact_required");
        assertProblem(
                api.post("/api/v1/leads", body("name", "A", "email", "a@b.co", "status", "hot"), tenant.token()),
                400,
                "invalid_type");
        assertProblem(
                api.post("/api/v1/leads", body("name", "A", "email", "a@b.co", "score", 101), tenant.token()),
                400,
                "validation_failed");
        assertProblem(
                api.post(
                        "/api/v1/leads",
                        body("name", "A", "email", "a@b.co", "custom_fields", Map.of("x", 1)),
                        tenant.token()),
                400,
                "unknown_custom_field");
        assertProblem(
                api.post(
                        "/api/v1/leads",
                        body("name", "A", "email", "a@b.co", "owner_id", "01930000-0000-7000-8000-000000000000"),
                        tenant.token()),
                400,
                "invalid_reference");
        assertThat(api.get("/api/v1/leads/count", tenant.token())
                        .json()
                        .path("count")
                        .asInt())
                .isZero();
        assertProblem(api.get("/api/v1/leads?stauts=new", tenant.token()), 400, "unknown_parameter");
        assertProblem(api.get("/api/v1/leads?status=hot", tenant.token()), 400, "invalid_parameter");
    }

    @Test
    void theListFiltersSearchesAndPages() {
        Tenant tenant = signUp();
        api.post(
                "/api/v1/lead-fields",
                body("key", "budget", "label", "Budget", "field_type", "number"),
                tenant.token());
        String hot = lead(
                tenant,
                "name",
                "Hana Hot",
                "phone",
                "(512) 555-0101",
                "temperature",
                "hot",
                "score",
                90,
                "custom_fields",
                Map.of("budget", 500000));
        lead(
                tenant,
                "name",
                "Will Warm",
                "phone",
                "(512) 555-0102",
                "temperature",
                "warm",
                "score",
                50,
                "company",
                "Acme Realty");
        String cold =
                lead(tenant, "name", "Cole Cold", "email", "cole@example.com", "temperature", "cold", "score", 10);
        api.post("/api/v1/leads/" + cold + "/notes", body("body", "Asked about financing options"), tenant.token());
        api.post(
                "/api/v1/leads/" + cold + "/notes",
                body("body", "Private: mortgage broker", "is_private", true),
                tenant.token());
        Tenant other = signUp();
        String foreign = lead(other, "name", "Acme Other", "email", "acme@other.example");
        api.post("/api/v1/leads/" + foreign + "/notes", body("body", "financing too"), other.token());

        assertThat(ids(api.get("/api/v1/leads?temperature=hot,warm", tenant.token())))
                .hasSize(2);
        assertThat(ids(api.get("/api/v1/leads?score_min=40&score_max=60", tenant.token())))
                .hasSize(1);
        assertThat(ids(api.get("/api/v1/leads?q=acme", tenant.token()))).hasSize(1);
        assertThat(ids(api.get("/api/v1/leads?q=financing", tenant.token()))).containsExactly(cold);
        assertThat(ids(api.get("/api/v1/leads?q=mortgage", tenant.token())))
                .as("a private note is not searched")
                .isEmpty();
        assertThat(ids(api.get("/api/v1/leads?q=acme", other.token()))).containsExactly(foreign);
        assertThat(ids(api.get("/api/v1/leads?q=555-01", tenant.token()))).isEmpty();
        assertThat(ids(api.get("/api/v1/leads?q=%2B1512555010", tenant.token())))
                .hasSize(2);
        assertThat(ids(api.get("/api/v1/leads?custom.budget=500000", tenant.token())))
                .containsExactly(hot);
        assertThat(ids(api.get("/api/v1/leads?has_phone=false", tenant.token())))
                .containsExactly(cold);
        assertThat(ids(api.get("/api/v1/leads?created_after=2000-01-01&source=api", tenant.token())))
                .hasSize(3);

        var first = api.get("/api/v1/leads?limit=2", tenant.token());
        assertThat(ids(first)).hasSize(2);
        var second = api.get("/api/v1/leads?limit=2&cursor=" + first.text("next_cursor"), tenant.token());
        assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
    }

    @Test
    void filtersOverTheirLimitsAreRefusedNamingTheParameterAndSaveNothing() {
        Tenant tenant = signUp();
        lead(tenant, "name", "Lena Limit", "phone", "(512) 555-0111");
        String manyStatuses = String.join(",", Collections.nCopies(LeadFilter.MAX_VALUES + 1, "new"));

        assertRefused(api.get("/api/v1/leads?q=" + "x".repeat(LeadFilter.MAX_Q + 1), tenant.token()), "q");
        assertRefused(api.get("/api/v1/leads?status=" + manyStatuses, tenant.token()), "status");
        assertRefused(
                api.get("/api/v1/leads?custom.budget=" + "9".repeat(LeadFilter.MAX_CUSTOM_VALUE + 1), tenant.token()),
                "custom.budget");
        assertThat(ids(api.get("/api/v1/leads?q=" + "x".repeat(LeadFilter.MAX_Q), tenant.token())))
                .as("the limit itself is accepted")
                .isEmpty();

        assertRefused(
                api.post(
                        "/api/v1/lead-views",
                        body("name", "Too wide", "filters", Map.of("status", manyStatuses)),
                        tenant.token()),
                "status");
        assertRefused(
                api.post(
                        "/api/v1/lead-views",
                        body("name", "Too long", "filters", Map.of("q", "x".repeat(10_001))),
                        tenant.token()),
                "filters[q]");
        assertThat(api.get("/api/v1/lead-views", tenant.token()).json().size())
                .as("no view was saved")
                .isZero();
    }

    private static void assertRefused(Api.Response response, String field) {
        assertProblem(response, 400, "validation_failed");
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .as(response.toString())
                .contains(field);
    }

    @Test
    void changesAreRecordedOnTheTimeline() {
        Tenant tenant = signUp();
        String id = lead(tenant, "name", "Tim Line", "phone", "(512) 555-0103");
        String won = api.get("/api/v1/pipelines", tenant.token())
                .json()
                .get(0)
                .path("stages")
                .get(5)
                .path("id")
                .asString();

        var updated = api.patch(
                "/api/v1/leads/" + id,
                body("status", "contacted", "temperature", "warm", "company", "Line Co"),
                tenant.token());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        var moved = api.patch("/api/v1/leads/" + id, body("stage_id", won), tenant.token());
        assertThat(moved.text("status")).isEqualTo("converted");

        var kinds = api.get("/api/v1/leads/" + id + "/timeline", tenant.token())
                .json()
                .path("data")
                .findValuesAsString("kind");
        assertThat(kinds).contains("status_changed", "temperature_changed", "updated", "stage_changed", "created");
        assertThat(kinds.getLast()).isEqualTo("created");
    }

    @Test
    void deletedLeadsHideAndComeBack() {
        Tenant tenant = signUp();
        String id = lead(tenant, "name", "Del Ete", "phone", "(512) 555-0104");
        assertThat(api.delete("/api/v1/leads/" + id, tenant.token()).status()).isEqualTo(204);
        assertThat(ids(api.get("/api/v1/leads", tenant.token()))).doesNotContain(id);
        assertThat(ids(api.get("/api/v1/leads?deleted=true", tenant.token()))).contains(id);
        // A deleted lead does not block a new one with its phone...
        assertThat(api.post("/api/v1/leads", body("name", "New Del", "phone", "(512) 555-0104"), tenant.token())
                        .status())
                .isEqualTo(201);
        // ...which then blocks its restoration.
        assertProblem(api.post("/api/v1/leads/" + id + "/restore", null, tenant.token()), 409, "duplicate_lead");
    }

    @Test
    void agentsWorkLeadsButCannotDeleteOrExportThem() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");
        String id = lead(tenant, "name", "Agent Work", "phone", "(512) 555-0105", "owner_id", agent.id());
        assertThat(api.patch("/api/v1/leads/" + id, body("temperature", "hot"), agent.token())
                        .status())
                .isEqualTo(200);
        assertProblem(api.delete("/api/v1/leads/" + id, agent.token()), 403, "permission_denied");
        assertProblem(api.get("/api/v1/leads/export", agent.token()), 403, "permission_denied");
        assertProblem(
                api.post("/api/v1/lead-fields", body("key", "x", "label", "X", "field_type", "text"), agent.token()),
                403,
                "permission_denied");
    }

    @Test
    void anotherOrganizationsLeadsAreInvisibleAndUntouchable() {
        Tenant mine = signUp();
        Tenant theirs = signUp();
        String theirLead = lead(theirs, "name", "Their Lead", "phone", "(512) 555-0106");

        assertProblem(api.get("/api/v1/leads/" + theirLead, mine.token()), 404, "not_found");
        assertProblem(api.patch("/api/v1/leads/" + theirLead, body("name", "Stolen"), mine.token()), 404, "not_found");
        assertProblem(api.delete("/api/v1/leads/" + theirLead, mine.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/leads/" + theirLead + "/timeline", mine.token()), 404, "not_found");
        assertProblem(
                api.post("/api/v1/leads/" + theirLead + "/notes", body("body", "hi"), mine.token()), 404, "not_found");
        assertThat(ids(api.get("/api/v1/leads", mine.token()))).doesNotContain(theirLead);
        // Their lead's phone is no duplicate in my organization.
        assertThat(api.post("/api/v1/leads", body("name", "Mine", "phone", "(512) 555-0106"), mine.token())
                        .status())
                .isEqualTo(201);
        assertThat(api.get("/api/v1/leads/" + theirLead, theirs.token())
                        .json()
                        .path("lead")
                        .path("name")
                        .asString())
                .isEqualTo("Their Lead");
    }

    @Test
    void theFilteredListExportsAsCsv() {
        Tenant tenant = signUp();
        lead(tenant, "name", "Export, Me", "phone", "(512) 555-0107", "temperature", "hot");
        lead(tenant, "name", "Not Me", "phone", "(512) 555-0108");
        var csv = api.get("/api/v1/leads/export?temperature=hot", tenant.token());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("id,name,email,phone")
                .contains("\"Export, Me\"")
                .doesNotContain("Not Me");
    }

    static java.util.List<String> ids(io.switchboard.support.Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("data").findValuesAsString("id");
    }
}
