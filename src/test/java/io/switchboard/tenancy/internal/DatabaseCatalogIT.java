package io.switchboard.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.support.ApiTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads PostgreSQL's catalog: the isolation rules hold for every tenant table that exists now and
 * for every one a later migration adds.
 */
class DatabaseCatalogIT extends ApiTest {

    @Autowired
    DataSource dataSource;

    JdbcTemplate app() {
        return new JdbcTemplate(dataSource);
    }

    @Test
    void everyTenantTableHasForcedRowLevelSecurityOnTheOrganization() {
        List<String> unprotected = app().queryForList(
                        """
                SELECT c.relname FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
                WHERE c.relkind IN ('r', 'p')
                  AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped)
                  AND NOT (c.relrowsecurity AND c.relforcerowsecurity
                           AND EXISTS (SELECT FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname
                                       AND p.qual LIKE '%current_setting(''app.organization_id''%'
                                       AND p.with_check LIKE '%current_setting(''app.organization_id''%'))
                """,
                        String.class);
        assertThat(unprotected)
                .as("tenant tables without forced RLS on app.organization_id")
                .isEmpty();
        assertThat(tenantTables())
                .contains("users", "teams", "projects", "refresh_tokens", "user_sessions", "team_members");
    }

    @Test
    void everyTenantTableKeysOnTheOrganization() {
        List<String> badKeys = app().queryForList(
                        """
                SELECT c.relname FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
                WHERE c.relkind IN ('r', 'p')
                  AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped)
                  AND NOT EXISTS (
                    SELECT FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
                    WHERE k.conrelid = c.oid AND k.contype = 'p' AND a.attname = 'organization_id')
                """,
                        String.class);
        assertThat(badKeys)
                .as("tenant tables whose primary key lacks organization_id")
                .isEmpty();
    }

    @Test
    void theRuntimeRoleCannotBypassRowLevelSecurity() {
        var role = app().queryForMap(
                        """
                SELECT current_user AS name, r.rolsuper, r.rolbypassrls,
                       EXISTS (SELECT FROM pg_roles o WHERE (o.rolsuper OR o.rolbypassrls) AND pg_has_role(current_user, o.oid, 'USAGE')) AS inherits_bypass,
                       EXISTS (SELECT FROM pg_class c WHERE c.relowner = r.oid) AS owns_tables
                FROM pg_roles r WHERE r.rolname = current_user
                """);
        assertThat(role.get("name")).isEqualTo("switchboard_app");
        assertThat(role.get("rolsuper")).isEqualTo(false);
        assertThat(role.get("rolbypassrls")).isEqualTo(false);
        assertThat(role.get("inherits_bypass")).isEqualTo(false);
        assertThat(role.get("owns_tables")).isEqualTo(false);
        List<String> truncatable = app().queryForList(
                        "SELECT table_name FROM information_schema.role_table_grants WHERE grantee = current_user AND privilege_type = 'TRUNCATE'",
                        String.class);
        assertThat(truncatable).as("TRUNCATE ignores RLS").isEmpty();
    }

    @Test
    void resettingTheRoleOnAnApplicationConnectionGainsNothing() throws SQLException {
        String owner = app().queryForObject(
                        "SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'users'",
                        String.class);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("RESET ROLE");
            try (ResultSet rows = statement.executeQuery("SELECT session_user, current_user")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("switchboard_app");
                assertThat(rows.getString(2)).isEqualTo("switchboard_app");
            }
            assertThatThrownBy(() -> statement.execute("SET ROLE " + owner))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("ALTER TABLE users NO FORCE ROW LEVEL SECURITY"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("SELECT * FROM database_logins"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    private List<String> tenantTables() {
        return app().queryForList(
                        "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organization_id'",
                        String.class);
    }
}
