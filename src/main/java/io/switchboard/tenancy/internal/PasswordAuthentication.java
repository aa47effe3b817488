package io.switchboard.tenancy.internal;

import io.switchboard.shared.SecretFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every connection to the embedded PostgreSQL must present a password (SCRAM), the superuser's too:
 * the library behind it initialises a cluster that trusts anyone on the machine. The superuser's
 * password is generated once into a file beside the data directory, readable by its owner only; a
 * new cluster is initialised with it, and a cluster made by an earlier Switchboard (trust, no
 * password) is converted in place when it starts.
 */
final class PasswordAuthentication {

    static final String METHOD = "scram-sha-256";
    private static final Logger log = LoggerFactory.getLogger(PasswordAuthentication.class);
    private static final String SUPERUSER = "postgres";
    // What initdb writes for --auth=scram-sha-256: the server listens on localhost only.
    private static final List<String> RULES = List.of(
            "# Written by Switchboard: every connection presents a password.",
            "local   all          all                 " + METHOD,
            "host    all          all   127.0.0.1/32  " + METHOD,
            "host    all          all   ::1/128       " + METHOD,
            "local   replication  all                 " + METHOD,
            "host    replication  all   127.0.0.1/32  " + METHOD,
            "host    replication  all   ::1/128       " + METHOD);

    private final Path dataDir;
    private final Path passwordFile;
    private final String superuserPassword;

    private PasswordAuthentication(Path dataDir, Path passwordFile, String superuserPassword) {
        this.dataDir = dataDir;
        this.passwordFile = passwordFile;
        this.superuserPassword = superuserPassword;
    }

    /** The superuser password of the cluster in {@code dataDir}, generated if it has none yet. */
    static PasswordAuthentication of(Path dataDir) {
        Path file = passwordFile(dataDir);
        if (!Files.exists(file) && asksForPasswords(dataDir)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDir + " asks for a password but " + file
                    + ", which holds it, is missing: restore the file from a backup");
        }
        return new PasswordAuthentication(dataDir, file, SecretFile.readOrCreate(file, () -> SecretFile.random(32)));
    }

    /** Beside the data directory, not in it: initdb insists on an empty directory. */
    static Path passwordFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".password");
    }

    /** A cluster made by this version, not by an earlier one (whose rules trust every local user). */
    private static boolean asksForPasswords(Path dataDir) {
        Path rules = dataDir.resolve("pg_hba.conf");
        try {
            return Files.exists(rules)
                    && Files.readAllLines(rules).stream()
                            .map(line -> line.replaceFirst("#.*", "").trim())
                            .noneMatch(line -> line.matches(".*\\btrust$"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + rules, e);
        }
    }

    String superuserPassword() {
        return superuserPassword;
    }

    Path passwordFile() {
        return passwordFile;
    }

    /**
     * Makes a running cluster ask for passwords if it does not yet (one made by an earlier version):
     * the superuser gets its password, then the rules change and the server reloads them.
     */
    void enforce(DataSource superuser) {
        try (Connection connection = superuser.getConnection();
                Statement statement = connection.createStatement()) {
            if (passwordless(statement) == 0) {
                return;
            }
            log.warn(
                    "The embedded PostgreSQL in {} accepted connections without a password; it asks for one now",
                    dataDir);
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + superuserPassword + "'");
            writeRules();
            statement.execute("SELECT pg_reload_conf()");
            if (passwordless(statement) != 0) {
                throw new IllegalStateException("the embedded PostgreSQL still has rules without a password in "
                        + dataDir.resolve("pg_hba.conf"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not require passwords on the embedded PostgreSQL", e);
        }
    }

    /** Rules (as PostgreSQL reads the file now) that let a connection in without a password, or cannot be read. */
    private static int passwordless(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_hba_file_rules"
                + " WHERE error IS NOT NULL OR auth_method NOT IN ('" + METHOD + "', 'reject')")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void writeRules() {
        Path file = dataDir.resolve("pg_hba.conf");
        try {
            Path draft = Files.createTempFile(dataDir, "pg_hba", ".new");
            Files.write(draft, RULES);
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
