package io.switchboard.tenancy;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import org.junit.jupiter.api.Test;

class ProjectsApiIT extends ApiTest {

    @Test
    void projectsAreCreatedUpdatedListedAndDeleted() {
        Tenant tenant = signUp();
        String team = api.post("/api/v1/teams", body("name", "Launch team"), tenant.token())
                .text("id");

        var created = api.post(
                "/api/v1/projects",
                body("name", "Lakeside", "team_id", team, "start_date", "2026-01-01", "end_date", "2026-03-31"),
                tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("active");
        assertThat(created.text("created_by")).isEqualTo(tenant.adminId());
        String id = created.text("id");

        var updated = api.patch(
                "/api/v1/projects/" + id,
                body("status", "on_hold", "description", "Paused for permits"),
                tenant.token());
        assertThat(updated.text("status")).isEqualTo("on_hold");
        assertThat(api.get("/api/v1/projects?status=on_hold", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/projects?status=active", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();

        assertProblem(
                api.patch("/api/v1/projects/" + id, body("end_date", "2025-01-01"), tenant.token()),
                400,
                "invalid_date_range");
        assertThat(api.get("/api/v1/projects/" + id, tenant.token()).text("end_date"))
                .isEqualTo("2026-03-31");

        // Deleting the team keeps the project, without its team.
        assertThat(api.delete("/api/v1/teams/" + team, tenant.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/projects/" + id, tenant.token())
                        .json()
                        .path("team_id")
                        .isNull())
                .isTrue();

        assertThat(api.delete("/api/v1/projects/" + id, tenant.token()).status())
                .isEqualTo(204);
        assertProblem(api.get("/api/v1/projects/" + id, tenant.token()), 404, "not_found");
    }

    @Test
    void anotherOrganizationsProjectsAnswer404() {
        Tenant mine = signUp();
        Tenant theirs = signUp();
        String theirs1 = api.post("/api/v1/projects", body("name", "Theirs"), theirs.token())
                .text("id");

        assertProblem(api.get("/api/v1/projects/" + theirs1, mine.token()), 404, "not_found");
        assertProblem(api.patch("/api/v1/projects/" + theirs1, body("name", "Mine"), mine.token()), 404, "not_found");
        assertProblem(api.delete("/api/v1/projects/" + theirs1, mine.token()), 404, "not_found");
        assertThat(api.get("/api/v1/projects/" + theirs1, theirs.token()).text("name"))
                .isEqualTo("Theirs");
    }

    @Test
    void badInputIsAProblem() {
        Tenant tenant = signUp();
        assertProblem(
                api.post("/api/v1/projects", body("name", "P", "start_date", "yesterday"), tenant.token()),
                400,
                "invalid_type");
        assertProblem(
                api.post("/api/v1/projects", body("name", "P", "status", "dormant"), tenant.token()),
                400,
                "invalid_type");
        assertProblem(api.post("/api/v1/projects", body(), tenant.token()), 400, "validation_failed");
        assertThat(api.get("/api/v1/projects", tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isZero();
    }
}
