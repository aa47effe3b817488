package io.switchboard.leads;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import io.switchboard.telephony.Telephony;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Record reach (issue 20 item 11): a record out of the caller's reach answers 404, exactly like one
 * of another organization, and is absent from every list.
 */
class RecordReachIT extends ApiTest {

    @Test
    void anAgentReachesTheirOwnLeadsAndTheirTeamsUnassignedOnesOnly() {
        Tenant tenant = signUp();
        Member avery = join(tenant, "agent");
        Member blake = join(tenant, "agent");
        String floor = team(tenant, "Floor", avery, blake);
        String launch = project(tenant, "Launch", floor);
        var telephony = new Telephony(api, tenant).simulator(Telephony.SILENT);
        telephony.agent("Reach agent");

        String averys = telephony.lead("Avery Own", "+15125550101", avery.id());
        String blakes = telephony.lead("Blake Own", "+15125550102", blake.id());
        String pool = lead(tenant, "Pool Lead", launch);
        String elsewhere = lead(tenant, "Nobody's Lead", null);
        String blakesCall = telephony.call(blakes);
        String averysCall = telephony.call(averys);
        assertThat(api.post("/api/v1/leads/" + blakes + "/notes", body("body", "budget is firm"), tenant.token())
                        .status())
                .isEqualTo(201);
        String blakesTask = task(tenant, blakes, blake);

        // Another agent's lead, its calls, notes, tasks and timeline do not exist for Avery.
        assertProblem(api.get("/api/v1/leads/" + blakes, avery.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/leads/" + blakes + "/notes", avery.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/leads/" + blakes + "/timeline", avery.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/tasks/" + blakesTask, avery.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/tasks?lead_id=" + blakes, avery.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/calls/" + blakesCall, avery.token()), 404, "not_found");
        assertProblem(
                api.patch("/api/v1/leads/" + blakes, body("status", "contacted"), avery.token()), 404, "not_found");

        // Lists, search, counts: own leads and the team's unassigned pool, nothing else.
        assertThat(ids(api.get("/api/v1/leads?limit=100", avery.token()))).containsExactlyInAnyOrder(averys, pool);
        assertThat(ids(api.get("/api/v1/leads?q=Blake", avery.token()))).isEmpty();
        var search = api.get("/api/v1/search/conversations?q=budget%20firm", avery.token());
        assertThat(search.status()).as(search.toString()).isEqualTo(200);
        assertThat(search.json().path("data").size()).isZero();
        assertThat(api.get("/api/v1/search/conversations?q=budget%20firm", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isOne();
        assertThat(api.get("/api/v1/leads/count", avery.token())
                        .json()
                        .path("count")
                        .asInt())
                .isEqualTo(2);
        assertThat(ids(api.get("/api/v1/calls?limit=100", avery.token()))).containsExactly(averysCall);
        assertThat(ids(api.get("/api/v1/tasks?limit=100", avery.token()))).doesNotContain(blakesTask);
        assertProblem(api.get("/api/v1/leads/" + elsewhere, avery.token()), 404, "not_found");

        // Live streams: Avery's own call, not Blake's, nor the organization-wide stream of every call.
        JsonNode subscribed = subscribed(avery.token(), "calls,call:" + blakesCall + ",call:" + averysCall);
        assertThat(subscribed.path("topics").toString()).isEqualTo("[\"call:" + averysCall + "\"]");
        assertThat(subscribed.path("refused").toString()).contains("\"calls\"", blakesCall);

        // Avery takes the pool lead, may not hand it (or anyone's) to someone else.
        assertProblem(
                api.post("/api/v1/leads/" + pool + "/assign", body("owner_id", blake.id()), avery.token()),
                403,
                "lead_not_yours");
        var taken = api.post("/api/v1/leads/" + pool + "/assign", body("owner_id", avery.id()), avery.token());
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        // Blake no longer sees it: it is Avery's now, no longer the team's pool.
        assertProblem(api.get("/api/v1/leads/" + pool, blake.token()), 404, "not_found");

        // Whoever reaches all (the admin) still sees everything.
        assertThat(ids(api.get("/api/v1/leads?limit=100", tenant.token()))).contains(averys, blakes, pool, elsewhere);
    }

    @Test
    void aCustomRolesReachIsEditedThroughTheRolesApiAndTakesEffectAtTheNextRequest() {
        Tenant tenant = signUp();
        Member casey = join(tenant, "agent");
        Member blake = join(tenant, "agent");
        Member outsider = join(tenant, "agent");
        team(tenant, "Care", casey, blake);
        String blakes = lead(tenant, "Blake Team Lead", null, blake.id());
        String outsiders = lead(tenant, "Outsider Lead", null, outsider.id());

        var created = api.post(
                "/api/v1/roles",
                body(
                        "name",
                        "Team lead",
                        "permissions",
                        List.of("leads:read", "leads:write", "calls:read"),
                        "reach",
                        Map.of("leads", "team", "calls", "team", "tasks", "own")),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("reach").path("leads").asString()).isEqualTo("team");
        String role = created.text("id");
        assertThat(api.send(
                                "PUT",
                                "/api/v1/users/" + casey.id() + "/custom-role",
                                body("custom_role_id", role),
                                tenant.token(),
                                Map.of())
                        .status())
                .isEqualTo(200);

        assertThat(api.get("/api/v1/leads/" + blakes, casey.token()).status()).isEqualTo(200);
        assertProblem(api.get("/api/v1/leads/" + outsiders, casey.token()), 404, "not_found");

        var narrowed = api.patch("/api/v1/roles/" + role, body("reach", Map.of("leads", "own")), tenant.token());
        assertThat(narrowed.status()).as(narrowed.toString()).isEqualTo(200);
        assertThat(narrowed.json().path("reach").path("calls").asString()).isEqualTo("team");
        assertProblem(api.get("/api/v1/leads/" + blakes, casey.token()), 404, "not_found");

        assertProblem(
                api.patch("/api/v1/roles/" + role, body("reach", Map.of("leads", "everything")), tenant.token()),
                400,
                "invalid_type");
        assertThat(api.get("/api/v1/roles/" + role, tenant.token())
                        .json()
                        .path("reach")
                        .path("leads")
                        .asString())
                .isEqualTo("own");

        Tenant other = signUp();
        assertProblem(
                api.patch("/api/v1/roles/" + role, body("reach", Map.of("leads", "all")), other.token()),
                404,
                "not_found");
        assertProblem(api.get("/api/v1/leads/" + blakes, casey.token()), 404, "not_found");
    }

    private String team(Tenant tenant, String name, Member... members) {
        var team = api.post(
                "/api/v1/teams", body("name", name + " " + Instant.now().toEpochMilli()), tenant.token());
        assertThat(team.status()).as(team.toString()).isEqualTo(201);
        for (Member member : members) {
            var added = api.post(
                    "/api/v1/teams/" + team.text("id") + "/members", body("user_id", member.id()), tenant.token());
            assertThat(added.status()).as(added.toString()).isLessThan(300);
        }
        return team.text("id");
    }

    private String project(Tenant tenant, String name, String team) {
        var project = api.post("/api/v1/projects", body("name", name, "team_id", team), tenant.token());
        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        return project.text("id");
    }

    private String lead(Tenant tenant, String name, String project) {
        return lead(tenant, name, project, null);
    }

    private String lead(Tenant tenant, String name, String project, String owner) {
        Map<String, Object> lead = new java.util.LinkedHashMap<>();
        lead.put("name", name);
        lead.put("email", name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "@example.com");
        if (project != null) {
            lead.put("project_id", project);
        }
        if (owner != null) {
            lead.put("owner_id", owner);
        }
        var response = api.post("/api/v1/leads", lead, tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    private String task(Tenant tenant, String lead, Member assignee) {
        var response = api.post(
                "/api/v1/tasks",
                body(
                        "lead_id",
                        lead,
                        "title",
                        "Send the brochure",
                        "assignee_id",
                        assignee.id(),
                        "due_at",
                        Instant.now().plus(1, ChronoUnit.DAYS).toString()),
                tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    /** The first event of a live stream: the topics granted and refused. */
    private JsonNode subscribed(String token, String topics) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base()
                        + "/api/v1/realtime/events?topics="
                        + java.net.URLEncoder.encode(topics, java.nio.charset.StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build();
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofLines());
            try (var lines = response.body()) {
                String data = lines.filter(l -> l.startsWith("data:"))
                        .findFirst()
                        .orElseThrow()
                        .substring("data:".length());
                return tools.jackson.databind.json.JsonMapper.builder().build().readTree(data);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(io.switchboard.support.Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode row : response.json().path("data")) {
            ids.add(row.path("id").asString());
        }
        return ids;
    }
}
