package io.switchboard.leads;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadWorkIT extends ApiTest {

    String lead(Tenant tenant, String name, String phone) {
        var response = api.post("/api/v1/leads", body("name", name, "phone", phone), tenant.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    @Test
    void privateNotesStayPrivateAndMentionsNotify() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");
        String id = lead(tenant, "Noted Lead", "(512) 555-0201");
        // The agent works the lead (an agent reaches only their own leads and their team's unassigned ones).
        assertThat(api.post("/api/v1/leads/" + id + "/assign", body("owner_id", agent.id()), tenant.token())
                        .status())
                .isEqualTo(200);

        var shared = api.post(
                "/api/v1/leads/" + id + "/notes",
                body(
                        "body",
                        "Call went well",
                        "mentions",
                        List.of(agent.id()),
                        "attachments",
                        List.of(Map.of(
                                "name",
                                "floorplan.pdf",
                                "url",
                                "https://files.example.com/fp.pdf",
                                "size_bytes",
                                1200))),
                tenant.token());
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
        api.post(
                "/api/v1/leads/" + id + "/notes",
                body("body", "My private thought", "is_private", true),
                tenant.token());

        assertThat(api.get("/api/v1/leads/" + id + "/notes", tenant.token())
                        .json()
                        .size())
                .isEqualTo(2);
        var agentsView =
                api.get("/api/v1/leads/" + id + "/notes", agent.token()).json();
        assertThat(agentsView.size()).isEqualTo(1);
        assertThat(agentsView.get(0).path("attachments").get(0).path("name").asString())
                .isEqualTo("floorplan.pdf");

        String title = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> api.get("/api/v1/notifications", agent.token())
                                .json()
                                .path("data")
                                .findValuesAsString("title"),
                        titles -> !titles.isEmpty())
                .getFirst();
        assertThat(title).contains("mentioned").contains("Noted Lead");
        assertProblem(
                api.patch("/api/v1/notes/" + shared.text("id"), body("body", "edited by someone else"), agent.token()),
                403,
                "not_note_author");
        assertProblem(
                api.post(
                        "/api/v1/leads/" + id + "/notes",
                        body("body", "x", "mentions", List.of("01930000-0000-7000-8000-000000000000")),
                        tenant.token()),
                400,
                "invalid_reference");
    }

    @Test
    void tasksAreAssignedCompletedAndMarkedOverdue() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");
        String id = lead(tenant, "Tasked Lead", "(512) 555-0202");
        var task = api.post(
                "/api/v1/tasks",
                body(
                        "lead_id",
                        id,
                        "title",
                        "Call back",
                        "assignee_id",
                        agent.id(),
                        "priority",
                        "high",
                        "due_at",
                        Instant.now().plusSeconds(3600).toString()),
                tenant.token());
        assertThat(task.status()).as(task.toString()).isEqualTo(201);
        var late = api.post(
                "/api/v1/tasks",
                body(
                        "lead_id",
                        id,
                        "title",
                        "Already late",
                        "due_at",
                        Instant.now().minusSeconds(60).toString()),
                tenant.token());

        var mine = api.get("/api/v1/tasks?mine=true", agent.token());
        assertThat(mine.json().path("data").size()).isEqualTo(1);
        var done = api.patch("/api/v1/tasks/" + task.text("id"), body("status", "completed"), agent.token());
        assertThat(done.text("completed_at")).isNotBlank();

        // The task's deadline job marks it overdue; the completed one stays completed.
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/tasks/" + late.text("id"), tenant.token())
                .text("status")
                .equals("overdue"));
        assertThat(api.get("/api/v1/tasks/" + task.text("id"), tenant.token()).text("status"))
                .isEqualTo("completed");
        var kinds = api.get("/api/v1/leads/" + id + "/timeline", tenant.token())
                .json()
                .path("data")
                .findValuesAsString("kind");
        assertThat(kinds).contains("task_created", "task_completed");
        assertProblem(api.post("/api/v1/tasks", body("title", "No due"), tenant.token()), 400, "validation_failed");
    }

    @Test
    void assignmentsKeepHistoryAndTheNewOwnerGivesFeedback() {
        Tenant tenant = signUp();
        Member first = join(tenant, "agent");
        Member second = join(tenant, "agent");
        String id = lead(tenant, "Owned Lead", "(512) 555-0203");

        api.post(
                "/api/v1/leads/" + id + "/assign",
                body("owner_id", first.id(), "reason", "round robin"),
                tenant.token());
        var reassigned = api.post(
                "/api/v1/leads/" + id + "/assign",
                body("owner_id", second.id(), "reason", "speaks Spanish"),
                tenant.token());
        assertThat(reassigned.text("assigned_from")).isEqualTo(first.id());
        assertThat(api.get("/api/v1/leads/" + id, tenant.token())
                        .json()
                        .path("lead")
                        .path("owner_id")
                        .asString())
                .isEqualTo(second.id());
        assertThat(api.get("/api/v1/leads/" + id + "/assignments", tenant.token())
                        .json()
                        .size())
                .isEqualTo(2);

        String feedbackPath = "/api/v1/leads/" + id + "/assignments/" + reassigned.text("id") + "/feedback";
        assertProblem(api.post(feedbackPath, body("feedback", "not mine to say"), first.token()), 403, "not_assignee");
        var feedback = api.post(
                feedbackPath, body("feedback", "Good hand-over, notes were complete", "rating", 5), second.token());
        assertThat(feedback.json().path("feedback_rating").asInt()).isEqualTo(5);
    }

    @Test
    void mergingKeepsTheHistoryOfBoth() {
        Tenant tenant = signUp();
        String survivor = lead(tenant, "Sam Survivor", "(512) 555-0204");
        var duplicate = api.post(
                "/api/v1/leads",
                body("name", "Sam S.", "email", "sam@example.com", "allow_duplicate", true),
                tenant.token());
        String dup = duplicate.text("id");
        api.post("/api/v1/leads/" + dup + "/notes", body("body", "Note on the duplicate"), tenant.token());

        var merged = api.post("/api/v1/leads/" + survivor + "/merge", body("duplicate_id", dup), tenant.token());
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.text("email")).isEqualTo("sam@example.com");
        assertThat(api.get("/api/v1/leads/" + survivor + "/notes", tenant.token())
                        .body())
                .contains("Note on the duplicate");
        var old = api.get("/api/v1/leads/" + dup, tenant.token()).json().path("lead");
        assertThat(old.path("merged_into_id").asString()).isEqualTo(survivor);
        assertThat(old.path("deleted_at").isNull()).isFalse();
        assertProblem(
                api.post("/api/v1/leads/" + survivor + "/merge", body("duplicate_id", survivor), tenant.token()),
                400,
                "same_lead");
    }

    @Test
    void bulkActionsApplyToAllOrNone() {
        Tenant tenant = signUp();
        Tenant other = signUp();
        Member agent = join(tenant, "agent");
        String a = lead(tenant, "Bulk A", "(512) 555-0205");
        String b = lead(tenant, "Bulk B", "(512) 555-0206");
        String foreign = lead(other, "Foreign", "(512) 555-0207");

        var assign = api.post(
                "/api/v1/leads/bulk",
                body("action", "assign", "lead_ids", List.of(a, b), "owner_id", agent.id()),
                tenant.token());
        assertThat(assign.json().path("affected").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/leads?owner_id=" + agent.id(), tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isEqualTo(2);

        assertProblem(
                api.post(
                        "/api/v1/leads/bulk",
                        body("action", "change_status", "lead_ids", List.of(a, foreign), "status", "lost"),
                        tenant.token()),
                404,
                "not_found");
        assertThat(api.get("/api/v1/leads/" + a, tenant.token())
                        .json()
                        .path("lead")
                        .path("status")
                        .asString())
                .isEqualTo("new");
        assertProblem(
                api.post("/api/v1/leads/bulk", body("action", "delete", "lead_ids", List.of(a)), agent.token()),
                403,
                "permission_denied");

        var deleted =
                api.post("/api/v1/leads/bulk", body("action", "delete", "lead_ids", List.of(a, b)), tenant.token());
        assertThat(deleted.json().path("affected").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/leads/count", tenant.token())
                        .json()
                        .path("count")
                        .asInt())
                .isZero();
    }

    @Test
    void savedViewsBelongToTheirUser() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");
        var view = api.post(
                "/api/v1/lead-views",
                body("name", "Hot ones", "filters", Map.of("temperature", "hot")),
                tenant.token());
        assertThat(view.status()).as(view.toString()).isEqualTo(201);
        assertThat(view.json().path("filters").path("temperature").get(0).asString())
                .isEqualTo("hot");
        assertThat(api.get("/api/v1/lead-views", agent.token()).json().size()).isZero();
        assertProblem(api.delete("/api/v1/lead-views/" + view.text("id"), agent.token()), 404, "not_found");
        assertProblem(
                api.post(
                        "/api/v1/lead-views",
                        body("name", "Typo", "filters", Map.of("tempreature", "hot")),
                        tenant.token()),
                400,
                "unknown_parameter");
    }

    @Test
    void idempotentCreatesHappenOnce() {
        Tenant tenant = signUp();
        var headers = Map.of("Idempotency-Key", "create-lead-1");
        var first = api.send(
                "POST", "/api/v1/leads", body("name", "Once", "phone", "(512) 555-0208"), tenant.token(), headers);
        var again = api.send(
                "POST", "/api/v1/leads", body("name", "Once", "phone", "(512) 555-0208"), tenant.token(), headers);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.text("id")).isEqualTo(first.text("id"));
        assertProblem(
                api.send(
                        "POST",
                        "/api/v1/leads",
                        body("name", "Other", "phone", "(512) 555-0209"),
                        tenant.token(),
                        headers),
                422,
                "idempotency_key_reused");
        assertThat(api.get("/api/v1/leads/count", tenant.token())
                        .json()
                        .path("count")
                        .asInt())
                .isEqualTo(1);
    }
}
