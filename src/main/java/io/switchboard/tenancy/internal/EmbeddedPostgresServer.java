package io.switchboard.tenancy.internal;

import io.switchboard.shared.SecretFile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 of a single-machine install: its data survives restarts in the data
 * directory. One server per data directory and JVM, shared by the application contexts that
 * {@link #acquire} it (tests run several); it stops when the last one {@link #release}s it, that is
 * after their pools and jobs have stopped. The JVM's exit stops it too, but only once the contexts
 * had {@link #SHUTDOWN_GRACE} to close: stopping it under running jobs left them waiting for
 * connections, and the JVM's exit with them.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();
    // Longer than a graceful shutdown phase (spring.lifecycle.timeout-per-shutdown-phase, 10 s), so
    // that the contexts close first; shorter than the 30 s a stopping Switchboard may take.
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(25);
    static final String OWNER = "switchboard";

    private final Path dir;
    private final EmbeddedPostgres postgres;
    private final String database;
    private final String ownerPassword;
    private int holders;
    private boolean stopped;

    private EmbeddedPostgresServer(Path dir, EmbeddedPostgres postgres, String database, String ownerPassword) {
        this.dir = dir;
        this.postgres = postgres;
        this.database = database;
        this.ownerPassword = ownerPassword;
    }

    /** The server for this data directory, started if needed; {@link #release()} when done with it. */
    static EmbeddedPostgresServer acquire(DatabaseProperties.Embedded config) {
        Path dir = config.dataDir().toAbsolutePath().normalize();
        synchronized (RUNNING) {
            EmbeddedPostgresServer server = RUNNING.computeIfAbsent(dir, d -> start(d, config));
            synchronized (server) {
                server.holders++;
            }
            return server;
        }
    }

    /**
     * Starts the server for this data directory on a background thread, so that initdb and the
     * server's start overlap the application context's refresh; {@link #acquire} then waits for it.
     * A start that fails here is tried again by {@code acquire}, which reports the failure.
     */
    static void startInBackground(DatabaseProperties.Embedded config) {
        Path dir = config.dataDir().toAbsolutePath().normalize();
        Thread.ofPlatform().daemon().name("embedded-postgres-start").start(() -> {
            try {
                synchronized (RUNNING) {
                    RUNNING.computeIfAbsent(dir, d -> start(d, config));
                }
            } catch (RuntimeException e) {
                log.debug("Early start of the embedded PostgreSQL in {} failed; starting it again", dir, e);
            }
        });
    }

    /** One user of the server is done with it; the last one stops it. */
    void release() {
        synchronized (RUNNING) {
            synchronized (this) {
                holders = Math.max(0, holders - 1);
                if (holders > 0) {
                    return;
                }
                notifyAll();
            }
            RUNNING.remove(dir, this);
            stop();
        }
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (!postmasterAlive()) {
            // Gone already (killed, crashed): asking it to stop would only fail; the JVM's exit lets
            // go of the directory lock, and the next start recovers the data from the WAL.
            log.warn("The embedded PostgreSQL in {} had already stopped", dir);
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL in {}: {}", dir, e.getMessage());
        }
    }

    private boolean postmasterAlive() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("postmaster.pid"));
            return !lines.isEmpty()
                    && ProcessHandle.of(Long.parseLong(lines.getFirst().trim()))
                            .map(ProcessHandle::isAlive)
                            .orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** At the JVM's exit: let the application contexts close (and release the server) first. */
    private void stopAtExit() {
        synchronized (this) {
            long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
            while (holders > 0 && !stopped) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        stop();
    }

    String jdbcUrl() {
        // Built from the port on purpose: EmbeddedPostgres#getJdbcUrl(user, db) adds "user=" to the
        // URL, which then silently wins over the configured user.
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    String owner() {
        return OWNER;
    }

    /** Generated at each start and known to this process only: nothing else logs in as the owner. */
    String ownerPassword() {
        return ownerPassword;
    }

    /** The superuser's connections (for operators' tools and tests; the application never uses them). */
    DataSource superuser() {
        return postgres.getPostgresDatabase();
    }

    private static EmbeddedPostgresServer start(Path dir, DatabaseProperties.Embedded config) {
        try {
            Files.createDirectories(dir);
            stopOrphanedServer(dir);
            PasswordAuthentication passwords = PasswordAuthentication.of(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(config.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .setConnectConfig("password", passwords.superuserPassword())
                    // initdb options (the library passes these "locale" settings on as --name=value);
                    // they only apply when the cluster is created: its default is trust for everyone.
                    .setLocaleConfig("auth", PasswordAuthentication.METHOD)
                    .setLocaleConfig("pwfile", passwords.passwordFile().toString())
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200");
            if (config.durable()) {
                // The library always starts the server with -F (fsync off); these come after it and win.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setServerConfig("synchronous_commit", "on");
            } else {
                // Tests only: trade crash safety for speed.
                builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
            }
            EmbeddedPostgres postgres = builder.start();
            passwords.enforce(postgres.getPostgresDatabase());
            String ownerPassword = SecretFile.random(32);
            prepareDatabase(postgres.getPostgresDatabase(), config.database(), ownerPassword);
            log.info("Embedded PostgreSQL 17 on port {} with data in {}", postgres.getPort(), dir);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(dir, postgres, config.database(), ownerPassword);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopAtExit, "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    /**
     * A Switchboard killed without a chance to stop its database leaves the postmaster running and
     * holding the data directory. If no live JVM holds the directory's lock, stop that orphan.
     */
    private static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel =
                        FileChannel.open(dir.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("another Switchboard is using the database in " + dir);
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return;
            }
            long pid = Long.parseLong(lines.getFirst().trim());
            ProcessHandle.of(pid).ifPresent(process -> {
                log.warn("Stopping the orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
                process.destroy(); // SIGTERM: PostgreSQL's smart shutdown
                process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new IllegalStateException("the database in " + dir + " is already in use by this JVM", e);
        }
    }

    /** Creates the owner role and the database once; the owner gets a new password at every start. */
    private static void prepareDatabase(DataSource superuser, String database, String ownerPassword) {
        try (Connection connection = superuser.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    """
                    DO $$
                    BEGIN
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') THEN
                        CREATE ROLE %s LOGIN CREATEROLE NOSUPERUSER NOBYPASSRLS;
                      END IF;
                    END $$"""
                            .formatted(OWNER, OWNER));
            statement.execute("ALTER ROLE " + OWNER + " LOGIN PASSWORD '" + ownerPassword + "'");
            try (var rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'")) {
                if (!rs.next()) {
                    statement.execute("CREATE DATABASE \"" + database + "\" OWNER " + OWNER);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the embedded database", e);
        }
    }
}
