package io.switchboard.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.SwitchboardApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Switchboard as an operator runs it: a process of its own on its embedded database, with the demo
 * campaign dialling, stopped by SIGTERM. It must be gone within 30 seconds, also when its database
 * went away first, say nothing alarming on the way out (no stack traces), and leave no work claimed
 * that the next start could not take up at once. The first start runs on the bean definitions the
 * build worked out ahead of time (Spring AOT), as {@code bin/switchboard} starts the packaged jar:
 * the demo dialling, webhooks arriving and analyses running are its end-to-end check; the second
 * runs as {@code ./mvnw spring-boot:run} does, without them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessShutdownIT {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Pattern STACK_TRACE =
            Pattern.compile("(?m)^\\s+at [\\w.$/]+\\(|^Caused by: |Exception in thread|\"stack_trace\"");

    @TempDir
    static Path data;

    @Test
    @Order(1)
    void sigtermEndsTheProcessPromptlyAndReleasesItsWork() throws Exception {
        Switchboard app = Switchboard.start(data, log("first.log"), true);
        // Time passing is the point, not a condition: SIGTERM must land while the demo campaign
        // dials, webhooks come in and analyses run, whatever stage each one has reached.
        Thread.sleep(3_000);

        Duration took = app.terminate();

        assertThat(took).as("time from SIGTERM to exit").isLessThan(LIMIT);
        assertThat(app.outputSinceTerminate()).doesNotContainPattern(STACK_TRACE);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(
                new DatabaseProperties.Embedded(data.resolve("postgres"), "switchboard", 0, false));
        try {
            assertThat(count(server, "SELECT count(*) FROM calls WHERE dispatch_state = 'sending'"))
                    .as("calls claimed for dispatch")
                    .isZero();
            assertThat(count(server, "SELECT count(*) FROM call_transcripts WHERE analysis_status = 'processing'"))
                    .as("transcripts claimed for analysis")
                    .isZero();
            assertThat(
                            count(
                                    server,
                                    "SELECT count(*) FROM lead_import_lanes WHERE finished_at IS NULL AND heartbeat_at IS NOT NULL"))
                    .as("import lanes claimed")
                    .isZero();
            assertThat(count(server, "SELECT count(*) FROM calls"))
                    .as("the demo placed calls")
                    .isPositive();
        } finally {
            server.release();
        }
    }

    @Test
    @Order(2)
    void sigtermEndsTheProcessPromptlyWhenTheDatabaseIsGone() throws Exception {
        Switchboard app = Switchboard.start(data, log("second.log"), false);
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid"))
                .getFirst()
                .trim());
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
        // Work in flight when the database died fails on its own (and may say so at length); what
        // is checked is what the stop itself prints. Time passing is the point: the loops must have
        // met the dead database before the stop.
        Thread.sleep(5_000);

        Duration took = app.terminate();

        assertThat(took).as("time from SIGTERM to exit").isLessThan(LIMIT);
        assertThat(app.outputSinceTerminate()).doesNotContainPattern(STACK_TRACE);
    }

    /** Kept in target/ to read after a failure. */
    private static Path log(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "process-shutdown-it"));
        return dir.resolve(name);
    }

    private static long count(EmbeddedPostgresServer server, String sql) {
        Long n = new JdbcTemplate(
                        new SingleConnectionDataSource(server.jdbcUrl(), "postgres", superuserPassword(), true))
                .queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private static String superuserPassword() {
        try {
            return Files.readString(PasswordAuthentication.passwordFile(data.resolve("postgres")))
                    .trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application in a JVM of its own, started from this test's class path. */
    private record Switchboard(Process process, Path log, long[] terminatedAt) {

        static Switchboard start(Path data, Path log, boolean aheadOfTime) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(
                            java,
                            "-Xmx1g",
                            // Starting is most of what this JVM does: with the quick compiler alone a
                            // start takes about half the CPU (the jar: 32 s → 17 s, 70 s → 41 s wall).
                            "-XX:TieredStopAtLevel=1",
                            "-Dspring.aot.enabled=" + aheadOfTime,
                            "-cp",
                            System.getProperty("java.class.path"),
                            SwitchboardApplication.class.getName(),
                            "--server.port=0",
                            "--switchboard.data-dir=" + data,
                            "--switchboard.db.embedded.durable=false",
                            "--logging.structured.format.console=",
                            "--spring.main.banner-mode=off")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Switchboard app = new Switchboard(process, log, new long[1]);
            // The console's address is printed once the demo is loaded and its campaign dials.
            await().alias("the application started")
                    .atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(250))
                    .failFast(() -> assertThat(process.isAlive())
                            .as("the application exited: %s", app.output())
                            .isTrue())
                    .until(() -> app.output().contains("Console at "));
            if (aheadOfTime) {
                assertThat(app.output())
                        .as("started on the build's ahead-of-time bean definitions")
                        .contains("Starting AOT-processed SwitchboardApplication");
            }
            return app;
        }

        Duration terminate() throws InterruptedException {
            terminatedAt[0] = output().length();
            long start = System.nanoTime();
            process.destroy(); // SIGTERM
            if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                threadDump();
                if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
            return Duration.ofNanos(System.nanoTime() - start);
        }

        /** Into the log, to show what held the process up. */
        private void threadDump() throws InterruptedException {
            try {
                new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid()))
                        .start()
                        .waitFor();
            } catch (IOException e) {
                // no thread dump then
            }
        }

        String outputSinceTerminate() {
            return output().substring((int) terminatedAt[0]);
        }

        String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
