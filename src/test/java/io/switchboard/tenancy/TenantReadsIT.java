package io.switchboard.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.ApiTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read in one exchange sets the organization before its selects run and keeps the tenant's rows
 * apart as a transaction does; nothing of it outlives the read.
 */
class TenantReadsIT extends ApiTest {

    @Autowired
    TenantReads reads;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theOrganizationIsSetBeforeTheSelectsAndOnlyItsRowsAreRead() {
        Tenant a = signUp();
        Tenant b = signUp();
        api.post("/api/v1/teams", body("name", "A team"), a.token());
        api.post("/api/v1/teams", body("name", "B team"), b.token());
        TenantReads.Read read = reads.prepare(
                "SELECT current_setting('app.organization_id', true);\nSELECT name FROM teams WHERE name <> ? ORDER BY name");

        List<String> seen = TenantContext.callAs(
                organization(a), () -> reads.run(read, (s, first) -> s.setString(first, "-"), TenantReadsIT::both));

        // Were the settings sent after the selects (or in another transaction), the first select
        // would see no organization and the second no team.
        assertThat(seen).containsExactly(a.organizationId(), "A team");
        assertThat(TenantContext.callAs(
                        organization(b),
                        () -> reads.run(read, (s, first) -> s.setString(first, "-"), TenantReadsIT::both)))
                .containsExactly(b.organizationId(), "B team");
    }

    @Test
    void withoutAnOrganizationNoRowIsRead() {
        Tenant a = signUp();
        api.post("/api/v1/teams", body("name", "Hidden"), a.token());
        TenantReads.Read read = reads.prepare("SELECT count(*) FROM teams WHERE name = ?");

        Long count = reads.run(read, (s, first) -> s.setString(first, "Hidden"), results -> {
            ResultSet rows = results.next();
            rows.next();
            return rows.getLong(1);
        });

        assertThat(count).isZero();
    }

    @Test
    void itsSettingsEndWithTheReadAndItCannotWrite() throws SQLException {
        Tenant a = signUp();
        String team = api.post("/api/v1/teams", body("name", "Kept"), a.token()).text("id");
        try (SingleConnectionDataSource one = new SingleConnectionDataSource(dataSource.getConnection(), true)) {
            TenantReads onOneConnection = new TenantReads(one);
            TenantReads.Read name = onOneConnection.prepare("SELECT name FROM teams WHERE id = ?::uuid");
            String read = TenantContext.callAs(
                    organization(a),
                    () -> onOneConnection.run(name, (s, first) -> s.setString(first, team), results -> {
                        ResultSet rows = results.next();
                        return rows.next() ? rows.getString(1) : null;
                    }));
            assertThat(read).isEqualTo("Kept");
            assertThat(settingsAfterwards(one)).containsExactly("", "off");

            TenantReads.Read update =
                    onOneConnection.prepare("UPDATE teams SET name = 'Changed' WHERE id = ?::uuid RETURNING name");
            assertThatThrownBy(() -> TenantContext.runAs(
                            organization(a),
                            () -> onOneConnection.run(
                                    update, (s, first) -> s.setString(first, team), results -> results.next())))
                    .isInstanceOf(DataAccessException.class)
                    .hasStackTraceContaining("read-only transaction");
            assertThat(settingsAfterwards(one)).containsExactly("", "off");
        }
        assertThat(api.get("/api/v1/teams/" + team, a.token()).text("name")).isEqualTo("Kept");
    }

    /** The organization and read-only settings a plain statement on the connection sees. */
    private static List<String> settingsAfterwards(DataSource one) throws SQLException {
        try (Connection connection = one.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT coalesce(current_setting('app.organization_id', true), ''),"
                                + " current_setting('transaction_read_only')")) {
            rows.next();
            return List.of(rows.getString(1), rows.getString(2));
        }
    }

    @Test
    void insideATransactionTheReadUsesItsConnectionAndOrganization() {
        Tenant a = signUp();
        Tenant b = signUp();
        api.post("/api/v1/teams", body("name", "Mine"), a.token());
        api.post("/api/v1/teams", body("name", "Theirs"), b.token());
        TenantReads.Read read = reads.prepare(
                "SELECT current_setting('app.organization_id', true);\nSELECT name FROM teams WHERE name <> ? ORDER BY name");

        List<String> seen = TenantContext.callAs(
                organization(a),
                () -> tx.execute(
                        status -> reads.run(read, (s, first) -> s.setString(first, "-"), TenantReadsIT::both)));

        assertThat(seen).containsExactly(a.organizationId(), "Mine");
    }

    private static List<String> both(TenantReads.Results results) throws SQLException {
        List<String> values = new ArrayList<>();
        for (int select = 0; select < 2; select++) {
            ResultSet rows = results.next();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static OrganizationId organization(Tenant tenant) {
        return OrganizationId.of(UUID.fromString(tenant.organizationId()));
    }
}
