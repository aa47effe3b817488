package io.switchboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.switchboard.SwitchboardApplication;
import io.switchboard.jobs.TestJobs.Probe;
import io.switchboard.jobs.TestJobs.Run;
import io.switchboard.jobs.internal.JobScheduler;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.ApiTest;
import io.switchboard.support.TestDataDirectory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job engine on the real database: a job runs for its organization inside a transaction, only
 * if the transaction that scheduled it commits, not before its time, is retried and given up by its
 * policy; a recurring job runs once per period on two nodes; a job of a node killed mid-run is taken
 * over by another node.
 */
@Import(TestJobs.class)
class JobsIT extends ApiTest {

    @Autowired
    Jobs jobs;

    @Autowired
    Job<Probe> recordingJob;

    @Autowired
    Job<Probe> blockingJob;

    @Autowired
    Job<Probe> steppingJob;

    @Autowired
    Job<Probe> heldJob;

    @Autowired
    JobScheduler scheduler;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HikariDataSource dataSource;

    @BeforeEach
    void clean() {
        TestJobs.reset();
    }

    @Test
    void aJobRunsForItsOrganizationInsideATransaction() {
        OrganizationId organization = OrganizationId.of(UUID.fromString(signUp().organizationId()));
        String id = UUID.randomUUID().toString();

        TenantContext.runAs(organization, () -> jobs.run(recordingJob, id, new Probe(id, 0)));

        await().atMost(Duration.ofSeconds(20)).until(() -> runs(id).size() == 1);
        Run run = runs(id).getFirst();
        assertThat(run.organization()).isEqualTo(organization.toString());
        assertThat(run.inTransaction()).isTrue();
        assertThat(scheduled(id)).as("a finished job leaves no row").isZero();
    }

    @Test
    void aJobScheduledInATransactionThatRollsBackNeverRuns() {
        OrganizationId organization = OrganizationId.of(UUID.fromString(signUp().organizationId()));
        String rolledBack = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();

        TenantContext.runAs(
                organization,
                () -> tx.executeWithoutResult(status -> {
                    jobs.run(recordingJob, rolledBack, new Probe(rolledBack, 0));
                    status.setRollbackOnly();
                }));
        TenantContext.runAs(
                organization,
                () -> tx.executeWithoutResult(status -> jobs.run(recordingJob, committed, new Probe(committed, 0))));

        await().atMost(Duration.ofSeconds(20)).until(() -> runs(committed).size() == 1);
        assertThat(runs(rolledBack)).isEmpty();
        assertThat(scheduled(rolledBack)).isZero();
    }

    @Test
    void aDelayedJobWaitsForItsTime() {
        OrganizationId organization = OrganizationId.of(UUID.fromString(signUp().organizationId()));
        String id = UUID.randomUUID().toString();
        Instant at = Instant.now().plusSeconds(3);

        TenantContext.runAs(organization, () -> jobs.schedule(recordingJob, id, new Probe(id, 0), at));

        assertThat(TenantContext.callAs(organization, () -> jobs.isScheduled(recordingJob, organization, id)))
                .isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> runs(id).size() == 1);
        assertThat(runs(id).getFirst().at()).isAfterOrEqualTo(at);
    }

    @Test
    void cancellingAJobWhileItRunsLetsTheRunFinishAndFailsNothing() {
        OrganizationId organization = OrganizationId.of(UUID.fromString(signUp().organizationId()));
        String id = UUID.randomUUID().toString();
        TenantContext.runAs(organization, () -> jobs.run(heldJob, id, new Probe(id, 0)));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestJobs.HELD.containsKey(id));

        // An agent accepting an offer while its expiry runs: the caller's transaction must commit.
        TenantContext.runAs(organization, () -> tx.executeWithoutResult(status -> jobs.cancel(heldJob, id)));

        TestJobs.HELD.get(id).countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> runs(id).size() == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> scheduled(id) == 0);
    }

    @Test
    void aFailingJobIsRetriedByItsPolicyAndThenGivenUp() {
        OrganizationId organization = OrganizationId.of(UUID.fromString(signUp().organizationId()));
        String recovers = UUID.randomUUID().toString();
        String hopeless = UUID.randomUUID().toString();

        TenantContext.runAs(organization, () -> {
            jobs.run(recordingJob, recovers, new Probe(recovers, 2));
            jobs.run(recordingJob, hopeless, new Probe(hopeless, 99));
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> runs(recovers).size() == 1);
        assertThat(TestJobs.ATTEMPTS.get(recovers).get()).isEqualTo(3);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestJobs.GIVEN_UP.containsKey(hopeless));
        assertThat(TestJobs.ATTEMPTS.get(hopeless).get())
                .as("three attempts in all")
                .isEqualTo(3);
        assertThat(TestJobs.GIVEN_UP.get(hopeless)).hasMessageContaining("fails on purpose");
        assertThat(scheduled(hopeless)).isZero();
    }

    @Test
    void aRepeatingJobThatAsksToRunAgainNowDoesNotWaitForThePoll() {
        OrganizationId organization = OrganizationId.of(UUID.fromString(signUp().organizationId()));
        String id = UUID.randomUUID().toString();
        int steps = 40; // at one poll each (0.5 s in tests) they would take 20 s

        Instant started = Instant.now();
        TenantContext.runAs(organization, () -> jobs.run(steppingJob, id, new Probe(id, steps)));

        await().atMost(Duration.ofSeconds(60)).until(() -> TestJobs.FINISHED.containsKey(id));
        assertThat(TestJobs.ATTEMPTS.get(id).get()).isEqualTo(steps);
        assertThat(Duration.between(started, TestJobs.FINISHED.get(id)))
                .as("%d steps, each started at once after the one before", steps)
                .isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void twoNodesRunARecurringJobOncePerPeriod() {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(
                        SwitchboardApplication.class, TestJobs.class)
                .profiles("test")
                .properties("server.port=0", "switchboard.demo.enabled=false", "switchboard.test.node=second")
                .run()) {
            TestJobs.RECURRING.clear();
            await().atMost(Duration.ofSeconds(30)).until(() -> TestJobs.RECURRING.size() >= 8);
            List<Run> runs = new ArrayList<>(TestJobs.RECURRING);
            for (int i = 1; i < runs.size(); i++) {
                Duration gap =
                        Duration.between(runs.get(i - 1).at(), runs.get(i).at());
                assertThat(gap)
                        .as("run %d came %s after the one before (once per period, never twice)", i, gap)
                        .isGreaterThanOrEqualTo(Duration.ofMillis(900));
            }
        }
    }

    @Test
    void aJobOfANodeKilledWhileRunningItIsTakenOverByAnotherNode() throws Exception {
        OrganizationId organization = OrganizationId.of(UUID.fromString(signUp().organizationId()));
        String id = UUID.randomUUID().toString();
        scheduler.stop(); // the doomed node takes the job
        Process doomed = startDoomedNode();
        try {
            TenantContext.runAs(organization, () -> jobs.run(blockingJob, id, new Probe(id, 0)));
            // A whole application starts in the other process: slow on a busy 2-core machine.
            await().atMost(Duration.ofMinutes(5)).until(() -> pickedBy(id) != null || !doomed.isAlive());
            assertThat(doomed.isAlive())
                    .as("the other node runs (its log is in /tmp)")
                    .isTrue();

            doomed.destroyForcibly().waitFor(); // kill -9: no chance to let go of the job
        } finally {
            doomed.destroyForcibly();
            scheduler.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> runs(id).size() == 1);
        assertThat(runs(id).getFirst().node()).isEqualTo("first");
    }

    /**
     * Another node on this test run's database, in its own JVM: the same data directory (so the same
     * master key unseals the application login), the embedded server's superuser as owner.
     */
    private Process startDoomedNode() throws Exception {
        Path dataDir = TestDataDirectory.ensure();
        String superuserPassword =
                Files.readString(dataDir.resolve("postgres.password")).trim();
        Path log = Files.createTempFile("switchboard-doomed-node", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(
                java,
                "-XX:TieredStopAtLevel=1", // it only starts and runs one job: the quick compiler suffices
                "-cp",
                System.getProperty("java.class.path"),
                "-D" + TestJobs.DOOMED_NODE + "=true",
                "-Dswitchboard.db.url=" + dataSource.getJdbcUrl(),
                "-Dswitchboard.db.user=postgres",
                "-Dswitchboard.data-dir=" + dataDir,
                "-Dserver.port=0",
                "-Dswitchboard.test.node=doomed",
                JobsNode.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(new File("."));
        builder.environment().put("SWITCHBOARD_DB_PASSWORD", superuserPassword); // not on the command line
        return builder.start();
    }

    private List<Run> runs(String id) {
        return TestJobs.RUNS.stream().filter(run -> run.id().equals(id)).toList();
    }

    private long scheduled(String id) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance LIKE :id")
                .param("id", "%:" + id)
                .query(Long.class)
                .single();
    }

    private String pickedBy(String id) {
        return jdbc.sql("SELECT picked_by FROM scheduled_tasks WHERE task_instance LIKE :id AND picked")
                .param("id", "%:" + id)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
