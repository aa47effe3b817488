package io.switchboard.tenancy;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamsApiIT extends ApiTest {

    @Test
    void teamsFormAHierarchyWithManagersBudgetsAndMembers() {
        Tenant tenant = signUp();
        Member manager = join(tenant, "manager");
        Member agent = join(tenant, "agent");

        var sales = api.post(
                "/api/v1/teams",
                body(
                        "name",
                        "Sales",
                        "team_type",
                        "department",
                        "manager_id",
                        manager.id(),
                        "location",
                        "Austin",
                        "budget",
                        Map.of("amount_minor", 2_500_000, "currency", "USD"),
                        "description",
                        "Outbound"),
                tenant.token());
        assertThat(sales.status()).as(sales.toString()).isEqualTo(201);
        String salesId = sales.text("id");
        assertThat(sales.json().path("budget").path("amount_minor").asLong()).isEqualTo(2_500_000L);

        var squad = api.post(
                "/api/v1/teams",
                body("name", "Closers", "team_type", "team", "parent_team_id", salesId),
                tenant.token());
        assertThat(squad.status()).isEqualTo(201);
        assertThat(squad.text("parent_team_id")).isEqualTo(salesId);

        var members =
                api.post("/api/v1/teams/" + squad.text("id") + "/members", body("user_id", agent.id()), tenant.token());
        assertThat(members.status()).isEqualTo(201);
        assertThat(members.json().path("user_ids").toString()).contains(agent.id());
        assertThat(api.get("/api/v1/teams/" + squad.text("id"), tenant.token())
                        .json()
                        .path("member_count")
                        .asInt())
                .isEqualTo(1);

        var children = api.get("/api/v1/teams?parent_team_id=" + salesId, tenant.token());
        assertThat(children.json().path("data").size()).isEqualTo(1);

        var renamed =
                api.patch("/api/v1/teams/" + salesId, body("name", "Sales & Success", "budget", null), tenant.token());
        assertThat(renamed.text("name")).isEqualTo("Sales & Success");
        assertThat(renamed.json().path("budget").isNull()).isTrue();
        assertThat(renamed.text("manager_id")).isEqualTo(manager.id());

        assertProblem(api.delete("/api/v1/teams/" + salesId, tenant.token()), 409, "team_has_children");
        assertThat(api.delete("/api/v1/teams/" + squad.text("id"), tenant.token())
                        .status())
                .isEqualTo(204);
        assertThat(api.delete("/api/v1/teams/" + salesId, tenant.token()).status())
                .isEqualTo(204);
        assertProblem(api.get("/api/v1/teams/" + salesId, tenant.token()), 404, "not_found");
    }

    @Test
    void theHierarchyRanksDepartmentsOverTeamsOverSquads() {
        Tenant tenant = signUp();
        String squad = api.post("/api/v1/teams", body("name", "Squad", "team_type", "squad"), tenant.token())
                .text("id");
        String team = api.post("/api/v1/teams", body("name", "Team", "team_type", "team"), tenant.token())
                .text("id");

        assertProblem(
                api.post(
                        "/api/v1/teams",
                        body("name", "Dept", "team_type", "department", "parent_team_id", squad),
                        tenant.token()),
                400,
                "invalid_hierarchy");
        assertProblem(
                api.patch("/api/v1/teams/" + team, body("parent_team_id", team), tenant.token()),
                400,
                "invalid_hierarchy");
        assertThat(api.patch("/api/v1/teams/" + squad, body("parent_team_id", team), tenant.token())
                        .status())
                .isEqualTo(200);
        assertProblem(
                api.patch("/api/v1/teams/" + team, body("team_type", "squad"), tenant.token()),
                400,
                "invalid_hierarchy");
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        Tenant tenant = signUp();

        assertProblem(api.post("/api/v1/teams", body("name", ""), tenant.token()), 400, "validation_failed");
        assertProblem(
                api.post("/api/v1/teams", body("name", "X", "team_type", "tribe"), tenant.token()),
                400,
                "invalid_type");
        assertProblem(
                api.post("/api/v1/teams", body("name", "X", "manager_id", "not-a-uuid"), tenant.token()),
                400,
                "invalid_type");
        assertProblem(
                api.post(
                        "/api/v1/teams",
                        body("name", "X", "manager_id", "01930000-0000-7000-8000-000000000000"),
                        tenant.token()),
                400,
                "invalid_reference");
        assertProblem(
                api.post(
                        "/api/v1/teams",
                        body("name", "X", "budget", Map.of("amount_minor", -5, "currency", "USD")),
                        tenant.token()),
                400,
                "validation_failed");
        assertProblem(api.post("/api/v1/teams", body("name", 42), tenant.token()), 400, "invalid_type");

        assertThat(api.get("/api/v1/teams", tenant.token()).json().path("data").size())
                .isZero();

        api.post("/api/v1/teams", body("name", "Unique"), tenant.token());
        var duplicate = api.post("/api/v1/teams", body("name", "unique"), tenant.token());
        assertProblem(duplicate, 409, "duplicate");
        assertThat(duplicate.json().path("errors").get(0).path("field").asString())
                .isEqualTo("name");
    }

    @Test
    void anotherOrganizationsTeamsAnswer404() {
        Tenant mine = signUp();
        Tenant theirs = signUp();
        String theirTeam = api.post("/api/v1/teams", body("name", "Secret"), theirs.token())
                .text("id");
        Member theirAgent = join(theirs, "agent");

        assertProblem(api.get("/api/v1/teams/" + theirTeam, mine.token()), 404, "not_found");
        assertProblem(
                api.patch("/api/v1/teams/" + theirTeam, body("name", "Mine now"), mine.token()), 404, "not_found");
        assertProblem(api.delete("/api/v1/teams/" + theirTeam, mine.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/teams/" + theirTeam + "/members", mine.token()), 404, "not_found");
        assertThat(api.get("/api/v1/teams", mine.token()).body()).doesNotContain(theirTeam);

        // Nor can their people or teams be referenced from mine.
        String myTeam =
                api.post("/api/v1/teams", body("name", "Mine"), mine.token()).text("id");
        assertProblem(
                api.post("/api/v1/teams/" + myTeam + "/members", body("user_id", theirAgent.id()), mine.token()),
                400,
                "invalid_reference");
        assertProblem(
                api.post("/api/v1/teams", body("name", "Sub", "parent_team_id", theirTeam), mine.token()),
                400,
                "invalid_reference");

        assertThat(api.get("/api/v1/teams/" + theirTeam, theirs.token()).text("name"))
                .isEqualTo("Secret");
    }

    @Test
    void agentsReadTeamsButCannotChangeThem() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");

        assertThat(api.get("/api/v1/teams", agent.token()).status()).isEqualTo(200);
        assertProblem(api.post("/api/v1/teams", body("name", "Rogue"), agent.token()), 403, "permission_denied");
    }
}
