package io.switchboard.leads;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.leads.internal.ImportWorker;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class LeadImportIT extends ApiTest {

    /** UTF-8 with BOM, CRLF, semicolons, a quoted delimiter and line break, a blank line, messy phones. */
    static final String MESSY = "\uFEFFFull Name;Mobile;E-mail;Company\r\n"
            + "\"Smith; John\";(512) 555-0300;john@example.com;\"Acme\r\nHoldings\"\r\n"
            + "\r\n"
            + "Jane Roe;+44 20 7946 0958;;Roe Ltd\r\n"
            + "Bad Phone;123;;\r\n"
            + "John Again;512-555-0300;;\r\n"
            + "No Contact;;;\r\n"
            + "Mail Only;;MAIL@example.com;\r\n"
            + "Mail Twice;;mail@EXAMPLE.com;\r\n";

    @Autowired
    ImportWorker worker;

    @Autowired
    PipelineManagement pipelines;

    @Autowired
    LeadImports imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    Api.Response upload(Tenant tenant, String csv, String mapping) {
        String boundary = "----switchboard" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"leads.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n")
                .append(csv)
                .append("\r\n");
        if (mapping != null) {
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n")
                    .append(mapping)
                    .append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return api.sendBytes(
                "POST",
                "/api/v1/lead-imports",
                body.toString().getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=" + boundary,
                tenant.token());
    }

    /** Commits the import with its lanes marked as claimed by a live worker, so the test runs them itself. */
    void commitWithLanesHeld(OrganizationId organization, ImportId id) {
        TenantContext.runAs(
                organization,
                () -> tx.executeWithoutResult(s -> {
                    imports.commit(id);
                    jdbc.update("UPDATE lead_import_lanes SET heartbeat_at = now() WHERE import_id = ?", id.value());
                }));
    }

    JsonNode waitFor(Tenant tenant, String id, String status) {
        return awaitStatus(api, tenant, id, status);
    }

    /** Waits for an import to reach a status; a timeout shows the import as last seen. */
    static JsonNode awaitStatus(Api api, Tenant tenant, String id, String status) {
        AtomicReference<JsonNode> view = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            view.set(api.get("/api/v1/lead-imports/" + id, tenant.token()).json());
            assertThat(view.get().path("status").asString())
                    .as(view.get().toString())
                    .isEqualTo(status);
        });
        return view.get();
    }

    @Test
    void aMessyFileIsPreviewedImportedReportedAndUndone() {
        Tenant tenant = signUp();
        api.post("/api/v1/leads", body("name", "Already Here", "email", "already@example.com"), tenant.token());
        String csv = MESSY + "Existing One;;already@example.com;\r\n";

        var preview = upload(tenant, csv, null);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(201);
        assertThat(preview.text("status")).isEqualTo("previewed");
        assertThat(preview.json().path("counts").toString())
                .isEqualTo("{\"rows\":8,\"imported\":0,\"duplicates\":3,\"invalid\":2}");
        assertThat(preview.json().path("mapping").path("phone").asString()).isEqualTo("Mobile");
        assertThat(preview.json().path("preview").get(0).path("company").asString())
                .isEqualTo("Acme\r\nHoldings");
        String id = preview.text("id");
        assertThat(api.get("/api/v1/leads/count", tenant.token())
                        .json()
                        .path("count")
                        .asInt())
                .isEqualTo(1);

        var started = api.post("/api/v1/lead-imports/" + id + "/commit", null, tenant.token());
        assertThat(started.status()).isEqualTo(202);
        JsonNode done = waitFor(tenant, id, "completed");
        assertThat(done.path("counts").toString())
                .isEqualTo("{\"rows\":8,\"imported\":3,\"duplicates\":3,\"invalid\":2}");
        assertThat(done.path("progress").path("percent").asInt()).isEqualTo(100);
        // Batches of 2 rows in tests: the 8 lines ran in two lanes side by side, both finished.
        List<Integer> lanes = TenantContext.callAs(
                OrganizationId.of(UUID.fromString(tenant.organizationId())),
                () -> tx.execute(s -> jdbc.queryForList(
                        "SELECT rows_processed FROM lead_import_lanes WHERE import_id = ?::uuid"
                                + " AND finished_at IS NOT NULL ORDER BY lane",
                        Integer.class,
                        id)));
        assertThat(lanes).hasSize(2).allSatisfy(processed -> assertThat(processed)
                .isPositive());
        assertThat(lanes.get(0) + lanes.get(1)).isEqualTo(8);

        var smith = api.get("/api/v1/leads?q=smith", tenant.token())
                .json()
                .path("data")
                .get(0);
        assertThat(smith.path("phone").asString()).isEqualTo("+15125550300");
        assertThat(smith.path("source").asString()).isEqualTo("csv_upload");
        assertThat(api.get("/api/v1/leads?import_id=" + id, tenant.token())
                        .json()
                        .path("data")
                        .size())
                .isEqualTo(3);

        String errors = api.get("/api/v1/lead-imports/" + id + "/errors", tenant.token())
                .body();
        assertThat(errors.lines().toList()).hasSize(6);
        assertThat(errors)
                .contains(
                        "line,reason,Full Name,Mobile,E-mail,Company",
                        "is not a valid phone number",
                        "same phone as line 2",
                        "same email as line",
                        "duplicate of existing lead");

        assertProblem(
                api.post("/api/v1/lead-imports/" + id + "/commit", null, tenant.token()), 409, "import_not_previewed");
        assertThat(api.post("/api/v1/lead-imports/" + id + "/undo", null, tenant.token())
                        .text("status"))
                .isEqualTo("undone");
        assertThat(api.get("/api/v1/leads/count", tenant.token())
                        .json()
                        .path("count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void mappingsAreRememberedAndCheckedAndEmptyFilesRefused() {
        Tenant tenant = signUp();
        String csv = "Who,Number\nAnn Lee,(512) 555-0310\n";
        assertProblem(upload(tenant, csv, null), 400, "incomplete_mapping");
        assertProblem(upload(tenant, csv, "{\"name\": \"Who\", \"phone\": \"Phone\"}"), 400, "unknown_column");
        assertProblem(upload(tenant, csv, "not json"), 400, "invalid_mapping");
        var mapped = upload(tenant, csv, "{\"name\": \"Who\", \"phone\": \"Number\"}");
        assertThat(mapped.status()).isEqualTo(201);
        var remembered = upload(tenant, "who,NUMBER\nBo Ray,(512) 555-0311\n", null);
        assertThat(remembered.status()).as(remembered.toString()).isEqualTo(201);
        assertThat(remembered.json().path("counts").path("rows").asInt()).isEqualTo(1);
        assertProblem(upload(tenant, "Name,Phone\n", null), 400, "no_rows");
        assertProblem(upload(tenant, "", null), 400, "empty_file");
    }

    @Test
    void aLeadCreatedBetweenPreviewAndCommitIsNotImportedTwice() {
        Tenant tenant = signUp();
        StringBuilder csv = new StringBuilder("Name,Phone\n");
        for (int i = 0; i < 6; i++) {
            csv.append("Bird ").append(i).append(",(512) 555-032").append(i).append('\n');
        }
        String id = upload(tenant, csv.toString(), null).text("id");
        // Typed in meanwhile: the first row's number and the last's, which fall in different lanes.
        for (String phone : List.of("+1 512 555 0320", "+1 512 555 0325")) {
            api.post("/api/v1/leads", body("name", "Typed in meanwhile", "phone", phone), tenant.token());
        }
        api.post("/api/v1/lead-imports/" + id + "/commit", null, tenant.token());
        JsonNode done = waitFor(tenant, id, "completed");
        assertThat(done.path("counts").path("imported").asInt()).isEqualTo(4);
        assertThat(done.path("counts").path("duplicates").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/lead-imports/" + id + "/errors", tenant.token())
                        .body())
                .contains("2,\"duplicate of lead", "7,\"duplicate of lead", "created after the preview");
        assertThat(api.get("/api/v1/leads/count", tenant.token())
                        .json()
                        .path("count")
                        .asInt())
                .isEqualTo(6);
    }

    @Test
    void anotherOrganizationsImportsAnswer404() {
        Tenant mine = signUp();
        Tenant theirs = signUp();
        String id = upload(theirs, MESSY, null).text("id");
        assertProblem(api.get("/api/v1/lead-imports/" + id, mine.token()), 404, "not_found");
        assertProblem(api.post("/api/v1/lead-imports/" + id + "/commit", null, mine.token()), 404, "not_found");
        assertProblem(api.get("/api/v1/lead-imports/" + id + "/errors", mine.token()), 404, "not_found");
        assertProblem(api.post("/api/v1/lead-imports/" + id + "/undo", null, mine.token()), 404, "not_found");
        assertThat(api.get("/api/v1/lead-imports/" + id, theirs.token()).text("status"))
                .isEqualTo("previewed");
    }

    /**
     * A worker dies after its first batch: the import stays running with its progress; once the
     * worker's heartbeat is stale another picks it up and finishes, inserting no row twice.
     */
    @Test
    void anImportInterruptedMidwayResumesWithoutDuplicates() {
        Tenant tenant = signUp();
        StringBuilder csv = new StringBuilder("Name,Phone\n");
        for (int i = 0; i < 7; i++) {
            csv.append("Person ")
                    .append(i)
                    .append(",(512) 555-04")
                    .append(10 + i)
                    .append('\n');
        }
        String id = upload(tenant, csv.toString(), null).text("id");
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        ImportId importId = ImportId.of(UUID.fromString(id));
        commitWithLanesHeld(organization, importId);

        boolean more =
                TenantContext.callAs(organization, () -> worker.step(importId, 0, pipelines.defaultPipeline(), 3));
        assertThat(more).isTrue();
        JsonNode interrupted =
                api.get("/api/v1/lead-imports/" + id, tenant.token()).json();
        assertThat(interrupted.path("status").asString()).isEqualTo("running");
        assertThat(interrupted.path("counts").path("imported").asInt()).isEqualTo(3);
        assertThat(interrupted.path("progress").path("processed").asInt()).isEqualTo(3);

        TenantContext.runAs(
                organization,
                () -> tx.executeWithoutResult(s -> jdbc.update(
                        "UPDATE lead_import_lanes SET heartbeat_at = now() - interval '5 minutes' WHERE import_id = ?::uuid",
                        id)));
        JsonNode done = waitFor(tenant, id, "completed");
        assertThat(done.path("counts").path("imported").asInt()).isEqualTo(7);
        assertThat(api.get("/api/v1/leads/count", tenant.token())
                        .json()
                        .path("count")
                        .asInt())
                .isEqualTo(7);
    }

    /**
     * Another lane fails the import while this lane's batch is inserting: the batch, which adds to
     * the import's totals last, waits for the failure to commit, finds the import stopped and rolls
     * back; no lead of it is kept.
     */
    @Test
    void aBatchEndingAfterAnotherLaneFailedTheImportIsRolledBack() throws Exception {
        Tenant tenant = signUp();
        String id = upload(tenant, "Name,Phone\nStopped One,(512) 555-0451\nStopped Two,(512) 555-0452\n", null)
                .text("id");
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        ImportId importId = ImportId.of(UUID.fromString(id));
        commitWithLanesHeld(organization, importId);
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        var failing = java.util.concurrent.CompletableFuture.runAsync(() -> TenantContext.runAs(
                organization,
                () -> tx.executeWithoutResult(s -> {
                    jdbc.update("UPDATE lead_imports SET status = 'failed' WHERE id = ?::uuid", id);
                    locked.countDown();
                    sleep(1500); // the other lane's batch runs meanwhile and waits for this row
                })));
        assertThat(locked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        boolean more =
                TenantContext.callAs(organization, () -> worker.step(importId, 0, pipelines.defaultPipeline(), 5));
        failing.get(10, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(more).isFalse();
        assertThat(api.get("/api/v1/leads/count", tenant.token())
                        .json()
                        .path("count")
                        .asInt())
                .isZero();
        JsonNode view = api.get("/api/v1/lead-imports/" + id, tenant.token()).json();
        assertThat(view.path("status").asString()).isEqualTo("failed");
        assertThat(view.path("progress").path("processed").asInt()).isZero();
    }

    /** PostgreSQL empties unlogged staging after its own crash: the import is rolled back, not half-done. */
    @Test
    void stagedRowsLostMidwayRollTheImportBack() {
        Tenant tenant = signUp();
        StringBuilder csv = new StringBuilder("Name,Phone\n");
        for (int i = 0; i < 6; i++) {
            csv.append("Lost ").append(i).append(",(512) 555-04").append(30 + i).append('\n');
        }
        String id = upload(tenant, csv.toString(), null).text("id");
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        ImportId importId = ImportId.of(UUID.fromString(id));
        commitWithLanesHeld(organization, importId);
        TenantContext.runAs(organization, () -> worker.step(importId, 0, pipelines.defaultPipeline(), 2));
        TenantContext.runAs(
                organization,
                () -> tx.executeWithoutResult(s -> {
                    jdbc.update(
                            "DELETE FROM lead_import_rows WHERE import_id = ?::uuid",
                            id); // what a crash does to unlogged tables
                    jdbc.update(
                            "UPDATE lead_import_lanes SET heartbeat_at = now() - interval '5 minutes' WHERE import_id = ?::uuid",
                            id);
                }));

        JsonNode failed = waitFor(tenant, id, "failed");
        assertThat(failed.path("error").asString()).contains("database restarted");
        assertThat(api.get("/api/v1/leads/count", tenant.token())
                        .json()
                        .path("count")
                        .asInt())
                .isZero();
    }

    /** Holds a lock on purpose for a while (time passing is the point, not a wait for a condition). */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
