package io.switchboard.compliance;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import io.switchboard.support.Multipart;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class DoNotCallApiIT extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate tx;

    /** A fresh US number in the fictional 555-01xx range, not used by other tests. */
    static String number() {
        int area = 200 + ThreadLocalRandom.current().nextInt(0, 7) * 100 + 12; // 212, 312, 412 …
        return "(" + area + ") 555-01"
                + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
    }

    static String e164(String number) {
        return "+1" + number.replaceAll("[^0-9]", "");
    }

    Api.Response add(Tenant tenant, String phone, String reason) {
        return api.post("/api/v1/dnc", body("phone", phone, "reason", reason), tenant.token());
    }

    List<String> phones(Api.Response list) {
        List<String> phones = new ArrayList<>();
        list.json().path("data").forEach(e -> phones.add(e.path("phone").asString()));
        return phones;
    }

    @Test
    void numbersAreAddedNormalizedFoundAndRemoved() {
        Tenant tenant = signUp();
        var added = add(tenant, "(512) 555-0142", "asked on a call");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.header("Location")).isEqualTo("/api/v1/dnc/" + added.text("id"));
        assertThat(added.text("phone")).isEqualTo("+15125550142");
        assertThat(added.text("source")).isEqualTo("manual");
        assertThat(added.text("reason")).isEqualTo("asked on a call");
        assertThat(added.text("added_by")).isEqualTo(tenant.adminId());
        assertThat(add(tenant, "+1 512 555 0199", null).status()).isEqualTo(201);

        var again = add(tenant, "512.555.0142", "twice");
        assertProblem(again, 409, "already_listed");
        assertThat(again.text("entry_id")).isEqualTo(added.text("id"));

        var byPhone = api.get("/api/v1/dnc?phone=%2B1%20(512)%20555-0142", tenant.token());
        assertThat(phones(byPhone)).containsExactly("+15125550142");
        assertThat(phones(api.get("/api/v1/dnc?q=0199", tenant.token()))).containsExactly("+15125550199");
        assertThat(phones(api.get("/api/v1/dnc?q=ASKED", tenant.token()))).containsExactly("+15125550142");
        assertThat(phones(api.get("/api/v1/dnc?source=import", tenant.token()))).isEmpty();

        var page = api.get("/api/v1/dnc?limit=1", tenant.token());
        assertThat(phones(page)).containsExactly("+15125550199"); // newest first
        var next = api.get("/api/v1/dnc?limit=1&cursor=" + page.text("next_cursor"), tenant.token());
        assertThat(phones(next)).containsExactly("+15125550142");
        assertThat(next.json().path("next_cursor").isNull()).isTrue();

        assertThat(api.delete("/api/v1/dnc/" + added.text("id"), tenant.token()).status())
                .isEqualTo(204);
        assertProblem(api.get("/api/v1/dnc/" + added.text("id"), tenant.token()), 404, "not_found");
        assertProblem(api.delete("/api/v1/dnc/" + added.text("id"), tenant.token()), 404, "not_found");
        assertThat(phones(api.get("/api/v1/dnc", tenant.token()))).containsExactly("+15125550199");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Tenant tenant = signUp();
        var invalid = add(tenant, "12", null);
        assertProblem(invalid, 400, "invalid_phone");
        assertThat(invalid.json().path("errors").get(0).path("field").asString())
                .isEqualTo("phone");
        assertProblem(api.post("/api/v1/dnc", body("reason", "no phone"), tenant.token()), 400, "validation_failed");
        assertProblem(add(tenant, "(512) 555-0142", "x".repeat(501)), 400, "validation_failed");
        assertProblem(
                api.post("/api/v1/dnc", body("phone", "(512) 555-0142", "extra", 1), tenant.token()),
                400,
                "unknown_field");
        assertProblem(api.get("/api/v1/dnc?source=robot", tenant.token()), 400, "invalid_parameter");
        assertProblem(api.get("/api/v1/dnc?cursor=nonsense", tenant.token()), 400, "invalid_cursor");
        assertProblem(api.get("/api/v1/dnc?limit=0", tenant.token()), 400, "invalid_limit");
        assertProblem(api.get("/api/v1/dnc/not-a-uuid", tenant.token()), 400, "invalid_parameter");
        assertThat(phones(api.get("/api/v1/dnc", tenant.token()))).isEmpty();
    }

    @Test
    void anotherOrganizationsListIsInvisibleAndUntouchable() {
        Tenant a = signUp();
        Tenant b = signUp();
        String id = add(a, "(512) 555-0142", "a's").text("id");

        assertThat(phones(api.get("/api/v1/dnc", b.token()))).isEmpty();
        assertProblem(api.get("/api/v1/dnc/" + id, b.token()), 404, "not_found");
        assertProblem(api.delete("/api/v1/dnc/" + id, b.token()), 404, "not_found");
        // b may list the same number on its own list
        assertThat(add(b, "(512) 555-0142", "b's").status()).isEqualTo(201);
        assertThat(api.get("/api/v1/dnc/" + id, a.token()).text("reason")).isEqualTo("a's");
    }

    @Test
    void rolesDecideWhoReadsAddsAndRemoves() {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");
        Member supervisor = join(tenant, "supervisor");
        assertThat(api.get("/api/v1/dnc", agent.token()).status()).isEqualTo(200);
        assertProblem(
                api.post("/api/v1/dnc", body("phone", "(512) 555-0142"), agent.token()), 403, "permission_denied");
        var added = api.post("/api/v1/dnc", body("phone", "(512) 555-0142"), supervisor.token());
        assertThat(added.status()).isEqualTo(201);
        assertProblem(api.delete("/api/v1/dnc/" + added.text("id"), supervisor.token()), 403, "permission_denied");
        assertProblem(api.get("/api/v1/dnc", null), 401, "unauthenticated");
    }

    @Test
    void aCsvImportAccountsForEveryRow() {
        Tenant tenant = signUp();
        add(tenant, "(512) 555-0150", "listed before");
        String csv =
                """
                Name,Phone,Reason
                Ann,(512) 555-0151,registry
                Bob,(512) 555-0150,already listed
                Cid,12345,typo
                Dee,,
                Eve,+1 512 555 0151,same as Ann
                Fay,+44 20 7946 0958,
                """;
        Multipart upload = Multipart.file("file", "suppress.csv", csv);
        var imported =
                api.sendBytes("POST", "/api/v1/dnc/imports", upload.body(), upload.contentType(), tenant.token());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode report = imported.json();
        assertThat(report.path("file_name").asString()).isEqualTo("suppress.csv");
        assertThat(report.path("rows").asInt()).isEqualTo(6);
        assertThat(report.path("added").asInt()).isEqualTo(2);
        assertThat(report.path("duplicates").asInt()).isEqualTo(2);
        assertThat(report.path("invalid").asInt()).isEqualTo(2);
        List<String> problems = new ArrayList<>();
        report.path("problems")
                .forEach(p -> problems.add(
                        p.path("line").asInt() + ":" + p.path("outcome").asString()));
        assertThat(problems).containsExactly("3:duplicate", "4:invalid", "5:invalid", "6:duplicate");
        assertThat(report.path("problems").get(0).path("reason").asString()).contains("already");
        assertThat(report.path("problems").get(3).path("reason").asString()).contains("line 2");

        var list = api.get("/api/v1/dnc?source=import", tenant.token());
        assertThat(phones(list)).containsExactlyInAnyOrder("+15125550151", "+442079460958");
        assertThat(list.json().path("data").get(0).path("import_id").asString())
                .isEqualTo(report.path("id").asString());
        var again = api.get("/api/v1/dnc/imports/" + report.path("id").asString(), tenant.token());
        assertThat(again.json().path("problems").size()).isEqualTo(4);

        Tenant other = signUp();
        assertProblem(api.get("/api/v1/dnc/imports/" + report.path("id").asString(), other.token()), 404, "not_found");
    }

    @Test
    void anUnreadableFileAddsNothing() {
        Tenant tenant = signUp();
        Multipart noPhone = Multipart.file("file", "people.csv", "name,email\nAnn,ann@example.com\n");
        assertProblem(
                api.sendBytes("POST", "/api/v1/dnc/imports", noPhone.body(), noPhone.contentType(), tenant.token()),
                400,
                "no_phone_column");
        Multipart empty = Multipart.file("file", "empty.csv", "");
        assertProblem(
                api.sendBytes("POST", "/api/v1/dnc/imports", empty.body(), empty.contentType(), tenant.token()),
                400,
                "empty_file");
        assertThat(phones(api.get("/api/v1/dnc", tenant.token()))).isEmpty();
    }

    @Test
    void thePlatformListIsKeptByTheOperatorAndBlocksEveryOrganization() {
        Tenant tenant = signUp();
        String operator = apiSignIn("operator@switchboard.example", "switchboard-demo");
        String phone = number();

        assertProblem(
                api.post("/api/v1/platform/dnc", body("phone", e164(phone)), tenant.token()), 403, "permission_denied");
        assertProblem(api.get("/api/v1/platform/dnc", tenant.token()), 403, "permission_denied");
        assertProblem(
                api.post("/api/v1/platform/dnc", body("phone", phone), operator), 400, "invalid_phone"); // no region

        var added = api.post("/api/v1/platform/dnc", body("phone", e164(phone), "reason", "regulator order"), operator);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.text("phone")).isEqualTo(e164(phone));
        assertProblem(api.post("/api/v1/platform/dnc", body("phone", e164(phone)), operator), 409, "already_listed");
        assertThat(api.get("/api/v1/platform/dnc?phone=" + e164(phone).replace("+", "%2B"), operator)
                        .json()
                        .path("data")
                        .size())
                .isEqualTo(1);

        var check = api.post("/api/v1/compliance/checks", body("phone", phone, "kind", "human"), tenant.token());
        assertThat(check.json().path("allowed").asBoolean()).isFalse();
        assertThat(check.text("reason")).isEqualTo("platform_do_not_call");
        assertThat(check.json().path("next_allowed_at").isNull()).isTrue();

        assertThat(api.delete("/api/v1/platform/dnc/" + added.text("id"), operator)
                        .status())
                .isEqualTo(204);
        var after = api.post("/api/v1/compliance/checks", body("phone", phone, "kind", "human"), tenant.token());
        assertThat(after.json().path("reasons").toString()).doesNotContain("platform_do_not_call");
    }

    @Test
    void theApplicationRoleCannotWriteThePlatformListDirectly() {
        JdbcTemplate app = new JdbcTemplate(dataSource);
        assertThatThrownBy(
                        () -> app.update(
                                "INSERT INTO platform_do_not_call (id, phone, source) VALUES (gen_random_uuid(), '+15125550111', 'manual')"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> app.update("DELETE FROM platform_do_not_call"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        // the function checks the transaction's actor: no signed-in super admin, no change
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> app.queryForObject(
                        "SELECT platform_dnc_add(gen_random_uuid(), '+15125550111', null, 'manual')", Boolean.class)))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("platform super admin");
        assertThat(app.queryForObject(
                        "SELECT count(*) FROM platform_do_not_call WHERE phone = '+15125550111'", Integer.class))
                .isZero();
    }
}
