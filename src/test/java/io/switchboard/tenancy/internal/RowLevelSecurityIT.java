package io.switchboard.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The database itself keeps organizations apart, whatever the application's queries say. */
class RowLevelSecurityIT extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void withoutATenantNoRowIsVisible() {
        signUp();
        Integer users = tx.execute(s -> jdbc.queryForObject("SELECT count(*) FROM users", Integer.class));
        Integer organizations =
                tx.execute(s -> jdbc.queryForObject("SELECT count(*) FROM organizations", Integer.class));
        assertThat(users).isZero();
        assertThat(organizations).isZero();
    }

    @Test
    void aTenantSeesOnlyItsOwnRowsEvenWithoutAWhereClause() {
        Tenant a = signUp();
        Tenant b = signUp();
        api.post("/api/v1/teams", body("name", "A team"), a.token());
        api.post("/api/v1/teams", body("name", "B team"), b.token());

        var names = TenantContext.callAs(
                OrganizationId.of(UUID.fromString(a.organizationId())),
                () -> tx.execute(s -> jdbc.queryForList("SELECT name FROM teams", String.class)));

        assertThat(names).containsExactly("A team");
    }

    @Test
    void aTenantCannotWriteIntoAnotherOrUpdateItsRows() {
        Tenant a = signUp();
        Tenant b = signUp();
        String bTeam =
                api.post("/api/v1/teams", body("name", "B only"), b.token()).text("id");
        OrganizationId orgA = OrganizationId.of(UUID.fromString(a.organizationId()));

        assertThatThrownBy(() -> TenantContext.runAs(
                        orgA,
                        () -> tx.executeWithoutResult(s -> jdbc.update(
                                "INSERT INTO teams (organization_id, id, name) VALUES (?::uuid, ?::uuid, 'Planted')",
                                b.organizationId(),
                                UUID.randomUUID().toString()))))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("violates row-level security policy");

        Integer updated = TenantContext.callAs(
                orgA,
                () -> tx.execute(s -> jdbc.update("UPDATE teams SET name = 'Renamed' WHERE id = ?::uuid", bTeam)));
        Integer deleted = TenantContext.callAs(
                orgA, () -> tx.execute(s -> jdbc.update("DELETE FROM teams WHERE id = ?::uuid", bTeam)));
        assertThat(updated).isZero();
        assertThat(deleted).isZero();
        assertThat(api.get("/api/v1/teams/" + bTeam, b.token()).text("name")).isEqualTo("B only");
    }

    @Test
    void switchingTenantsInsideATransactionIsRefused() {
        Tenant a = signUp();
        Tenant b = signUp();
        OrganizationId orgA = OrganizationId.of(UUID.fromString(a.organizationId()));
        OrganizationId orgB = OrganizationId.of(UUID.fromString(b.organizationId()));

        assertThatThrownBy(() -> TenantContext.runAs(
                        orgA, () -> tx.executeWithoutResult(s -> TenantContext.runAs(orgB, () -> {}))))
                .isInstanceOf(IllegalStateException.class);
    }
}
