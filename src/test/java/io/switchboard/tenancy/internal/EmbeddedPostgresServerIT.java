package io.switchboard.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Asks the running embedded PostgreSQL what it does, rather than trusting the settings handed to
 * the library that starts it (which passes {@code -F} and initialises clusters with trust).
 */
class EmbeddedPostgresServerIT {

    @TempDir
    Path data;

    @Test
    void theDurableDefaultSyncsToDiskAndWritesFullPages() {
        EmbeddedPostgresServer server = start(true);
        try {
            JdbcTemplate superuser = new JdbcTemplate(server.superuser());
            assertThat(superuser.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
            assertThat(superuser.queryForObject("SHOW full_page_writes", String.class))
                    .isEqualTo("on");
            assertThat(superuser.queryForObject("SHOW synchronous_commit", String.class))
                    .isEqualTo("on");
        } finally {
            server.release();
        }
    }

    @Test
    void everyConnectionMustPresentItsPassword() throws Exception {
        EmbeddedPostgresServer server = start(false);
        try {
            assertOnlyPasswordRules(server);
            Path file = PasswordAuthentication.passwordFile(data.resolve("postgres"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            String superuserPassword = Files.readString(file).trim();
            assertThat(superuserPassword).hasSizeGreaterThanOrEqualTo(40);

            assertRefused(server, "postgres", "wrong");
            assertRefused(server, "switchboard", "wrong");
            assertLogsIn(server, "postgres", superuserPassword);
            assertLogsIn(server, "switchboard", server.ownerPassword());
        } finally {
            server.release();
        }
    }

    @Test
    void aClusterOfAnEarlierVersionAsksForPasswordsFromItsNextStartOn() throws Exception {
        Path pgdata = data.resolve("postgres");
        // What an earlier Switchboard left: the library's own cluster (trust), an owner without password.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
                        .setDataDirectory(pgdata)
                        .setCleanDataDirectory(false)
                        .start();
                Connection connection = earlier.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE switchboard LOGIN CREATEROLE");
            statement.execute("CREATE DATABASE switchboard OWNER switchboard");
        }
        assertThat(Files.exists(PasswordAuthentication.passwordFile(pgdata))).isFalse();

        EmbeddedPostgresServer server = start(false);
        try {
            assertOnlyPasswordRules(server);
            assertRefused(server, "postgres", "wrong");
            assertLogsIn(
                    server,
                    "postgres",
                    Files.readString(PasswordAuthentication.passwordFile(pgdata))
                            .trim());
            assertLogsIn(server, "switchboard", server.ownerPassword());
        } finally {
            server.release();
        }
        // ...and it starts again as it is now.
        EmbeddedPostgresServer again = start(false);
        try {
            assertLogsIn(again, "switchboard", again.ownerPassword());
        } finally {
            again.release();
        }
    }

    private EmbeddedPostgresServer start(boolean durable) {
        return EmbeddedPostgresServer.acquire(
                new DatabaseProperties.Embedded(data.resolve("postgres"), "switchboard", 0, durable));
    }

    private static void assertOnlyPasswordRules(EmbeddedPostgresServer server) {
        List<String> methods = new JdbcTemplate(server.superuser())
                .queryForList("SELECT DISTINCT auth_method FROM pg_hba_file_rules", String.class);
        assertThat(methods).containsExactly("scram-sha-256");
    }

    private static void assertRefused(EmbeddedPostgresServer server, String user, String password) {
        assertThatThrownBy(() -> connect(server, user, password).close())
                .isInstanceOf(PSQLException.class)
                .extracting(e -> ((SQLException) e).getSQLState())
                .isEqualTo("28P01"); // invalid_password
    }

    private static void assertLogsIn(EmbeddedPostgresServer server, String user, String password) throws SQLException {
        try (Connection connection = connect(server, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT session_user")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(user);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server, String user, String password) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), user, password);
    }
}
