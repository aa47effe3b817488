package io.switchboard.audit;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.ApiTest;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class AuditLogIT extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuditLog audit;

    @Test
    void changesToTenantDataAreAuditedWithActorAddressAndValues() {
        Tenant tenant = signUp();
        var created = api.send(
                "POST",
                "/api/v1/teams",
                body("name", "Closers", "team_type", "squad"),
                tenant.token(),
                Map.of("User-Agent", "audit-test/1.0"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String teamId = created.text("id");
        api.patch("/api/v1/teams/" + teamId, body("name", "Top Closers"), tenant.token());

        JsonNode entries = api.get("/api/v1/audit?entity_type=teams&entity_id=" + teamId, tenant.token())
                .json()
                .path("data");
        assertThat(entries).hasSize(2);
        JsonNode update = entries.get(0);
        assertThat(update.path("action").asString()).isEqualTo("teams.updated");
        assertThat(update.path("old_values").path("name").asString()).isEqualTo("Closers");
        assertThat(update.path("new_values").path("name").asString()).isEqualTo("Top Closers");
        assertThat(update.path("actor_type").asString()).isEqualTo("user");
        assertThat(update.path("actor_id").asString()).isEqualTo(tenant.adminId());
        assertThat(update.path("ip_address").asString()).isEqualTo("127.0.0.1");
        JsonNode create = entries.get(1);
        assertThat(create.path("action").asString()).isEqualTo("teams.created");
        assertThat(create.path("user_agent").asString()).isEqualTo("audit-test/1.0");
        assertThat(create.path("new_values").path("team_type").asString()).isEqualTo("squad");
        assertThat(create.path("outcome").asString()).isEqualTo("success");
    }

    @Test
    void signInsAndFailuresAreAuditedAndSecretsNeverAppear() {
        Tenant tenant = signUp();
        api.post("/api/v1/auth/login", body("email", tenant.email(), "password", "wrong-password-9"), null);
        String token = apiSignIn(tenant.email(), PASSWORD);
        api.post(
                "/api/v1/me/password",
                body("current_password", PASSWORD, "new_password", "another-long-password"),
                token);

        var log = api.get("/api/v1/audit?limit=100", tenant.token());
        assertThat(log.status()).isEqualTo(401); // the password change ended the sign-up session
        String admin = apiSignIn(tenant.email(), "another-long-password");
        String all = api.get("/api/v1/audit?limit=200", admin).body();
        assertThat(all).contains("auth.signed_in", "auth.sign_in_failed", "users.updated", "[redacted]");
        assertThat(all).doesNotContain("$argon2", "password_hash\":\"$");
        var failed = api.get("/api/v1/audit?action=auth.sign_in_failed", admin)
                .json()
                .path("data")
                .get(0);
        assertThat(failed.path("outcome").asString()).isEqualTo("failure");
        assertThat(failed.path("new_values").path("reason").asString()).isEqualTo("wrong_password");
        var events = api.get("/api/v1/security-events?kind=sign_in_failed", admin)
                .json()
                .path("data");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("email").asString()).isEqualTo(tenant.email());
    }

    @Test
    void theChainVerifiesAndABrokenLinkIsReported() {
        Tenant tenant = signUp();
        api.post("/api/v1/teams", body("name", "Chain " + UUID.randomUUID(), "team_type", "team"), tenant.token());
        var verified = api.get("/api/v1/audit/verify", tenant.token());
        assertThat(verified.json().path("intact").asBoolean())
                .as(verified.toString())
                .isTrue();
        long entries = verified.json().path("checked").asLong();
        assertThat(entries).isGreaterThanOrEqualTo(3);

        // The application role may insert (every insert is checked by the chain), never update or delete.
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        assertThatThrownBy(() -> asTenant(organization, "UPDATE audit_log SET action = 'forged'"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> asTenant(organization, "DELETE FROM audit_log"))
                .isInstanceOf(DataAccessException.class);
        asTenant(
                organization,
                """
                INSERT INTO audit_log (organization_id, id, seq, created_at, actor_type, action, entity_type, outcome, hash)
                VALUES (current_setting('app.organization_id')::uuid, gen_random_uuid(), %d, now(), 'system', 'forged',
                        'teams', 'success', '\\x00')"""
                        .formatted(entries + 1));

        var broken = api.get("/api/v1/audit/verify", tenant.token()).json();
        assertThat(broken.path("intact").asBoolean()).isFalse();
        assertThat(broken.path("broken_seq").asLong()).isEqualTo(entries + 1);
        assertThat(broken.path("checked").asLong()).isEqualTo(entries);
        assertThat(broken.path("problem").asString()).contains("prev_hash");
    }

    @Test
    void bulkPathsWriteOneSummaryEntryInsteadOfOnePerRow() {
        Tenant tenant = signUp();
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        TenantContext.runAs(
                organization,
                () -> tx.executeWithoutResult(status -> {
                    audit.suppressRowEntriesInThisTransaction();
                    var jdbc = new JdbcTemplate(dataSource);
                    for (int i = 0; i < 3; i++) {
                        jdbc.update(
                                "INSERT INTO teams (organization_id, id, name, team_type) VALUES (?, ?, ?, 'team')",
                                organization.value(),
                                UUID.randomUUID(),
                                "Bulk " + i);
                    }
                    audit.record(AuditRecord.of("teams.imported", "teams", null).values(null, Map.of("rows", 3)));
                }));
        var teams = api.get("/api/v1/audit?entity_type=teams", tenant.token())
                .json()
                .path("data");
        assertThat(teams).hasSize(1);
        assertThat(teams.get(0).path("action").asString()).isEqualTo("teams.imported");
        assertThat(teams.get(0).path("new_values").path("rows").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/audit/verify", tenant.token())
                        .json()
                        .path("intact")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void eachOrganizationSeesOnlyItsOwnTrailAndOnlyWithAuditRead() {
        Tenant a = signUp();
        Tenant b = signUp();
        api.post("/api/v1/teams", body("name", "Secret Squad", "team_type", "squad"), a.token());
        assertThat(api.get("/api/v1/audit?limit=200", b.token()).body()).doesNotContain("Secret Squad", a.adminId());
        Member agent = join(a, "agent");
        assertProblem(api.get("/api/v1/audit", agent.token()), 403, "permission_denied");
        assertProblem(api.get("/api/v1/security-events", agent.token()), 403, "permission_denied");
    }

    @Test
    void badSearchInputIsAProblem() {
        Tenant tenant = signUp();
        assertProblem(api.get("/api/v1/audit?outcome=maybe", tenant.token()), 400, "invalid_parameter");
        assertProblem(api.get("/api/v1/audit?limit=0", tenant.token()), 400, "invalid_limit");
        assertProblem(api.get("/api/v1/audit?from=yesterday", tenant.token()), 400, "invalid_parameter");
        assertProblem(api.get("/api/v1/security-events?kind=nope", tenant.token()), 400, "invalid_parameter");
    }

    private void asTenant(OrganizationId organization, String sql) {
        TenantContext.runAs(
                organization, () -> tx.executeWithoutResult(status -> new JdbcTemplate(dataSource).execute(sql)));
    }
}
