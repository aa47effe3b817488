package io.switchboard.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.jobs.internal.JobScheduler;
import io.switchboard.messaging.SystemMailStatus;
import io.switchboard.messaging.SystemMails;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.SystemMail;
import io.switchboard.support.ApiTest;
import io.switchboard.support.TestMailServer;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one outbox's system mail (account mail), on the platform's SMTP server (GreenMail): it belongs
 * to the transaction that causes it (rolled back: never sent), it is delivered by a job stored in
 * that transaction (so also when no node ran jobs at the time), an SMTP outage is waited out, and a
 * sensitive mail keeps no body once delivered.
 */
class SystemMailOutboxIT extends ApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    SystemMail systemMail;

    @Autowired
    SystemMails mailbox;

    @Autowired
    TenantTransactions tenants;

    @Autowired
    JobScheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    @Test
    void mailOfARolledBackTransactionIsNeverSentAndCommittedMailIs() {
        OrganizationId organization = organization();
        String ghost = address("ghost");
        String real = address("real");
        try {
            tenants.run(organization, () -> {
                systemMail.enqueue(ghost, "Never sent", "body", "invitation", false);
                throw new IllegalStateException("the causing work fails");
            });
        } catch (IllegalStateException expected) {
            // rolled back, with its mail
        }
        tenants.run(organization, () -> systemMail.enqueue(real, "Delivered", "hello", "invitation", false));

        assertThat(TestMailServer.awaitBody(real, "Delivered")).contains("hello");
        assertThat(TestMailServer.to(ghost)).isEmpty();
        // The server has the message before the sender records it as sent (its own commit follows).
        SystemMails.Mail sent = awaitStatus(organization, real, SystemMailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.body()).as("not sensitive: kept").isEqualTo("hello");
        assertThat(recent(organization)).noneMatch(m -> m.recipient().equals(ghost));
    }

    @Test
    void aSensitiveMailKeepsNoBodyOnceDelivered() {
        OrganizationId organization = organization();
        String to = address("reset");
        String link = "https://switchboard.test/reset-password/pr_" + UUID.randomUUID();
        tenants.run(organization, () -> systemMail.enqueue(to, "Your link", "Open " + link, "reset_password", true));

        assertThat(TestMailServer.awaitBody(to, "Your link")).contains(link);
        SystemMails.Mail sent = awaitStatus(organization, to, SystemMailStatus.SENT);
        assertThat(sent.body()).isNull();
        String stored =
                tenants.call(organization, () -> jdbc.sql("SELECT body FROM messaging_system_mail WHERE id = :id")
                        .param("id", sent.id())
                        .query(String.class)
                        .single());
        assertThat(stored).isEmpty();
    }

    @Test
    void anSmtpOutageIsWaitedOutAndTheMailSentAfterIt() {
        OrganizationId organization = organization();
        String to = address("outage");
        TestMailServer.stop();
        try {
            tenants.run(organization, () -> systemMail.enqueue(to, "After the outage", "hello", "invitation", true));
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(mail(organization, to)).satisfies(m -> {
                        assertThat(m.status()).isEqualTo(SystemMailStatus.QUEUED);
                        assertThat(m.attempts()).isGreaterThanOrEqualTo(1);
                        assertThat(m.lastError()).isNotBlank();
                        assertThat(m.body()).as("not delivered: kept").isEqualTo("hello");
                    }));
        } finally {
            TestMailServer.restart();
        }

        assertThat(TestMailServer.awaitBody(to, "After the outage")).contains("hello");
        SystemMails.Mail sent = awaitStatus(organization, to, SystemMailStatus.SENT);
        assertThat(sent.attempts()).isGreaterThanOrEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(TestMailServer.to(to)).hasSize(1);
    }

    @Test
    void aMailWrittenWhileNoNodeRanJobsIsSentWhenTheEngineStartsAgain() {
        OrganizationId organization = organization();
        String to = address("restart");
        scheduler.stop();
        try {
            tenants.run(organization, () -> systemMail.enqueue(to, "Across a restart", "hello", "invitation", true));
            assertThat(mail(organization, to).status()).isEqualTo(SystemMailStatus.QUEUED);
            assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'messaging.send-system-mail'"
                                    + " AND task_instance = :instance")
                            .param(
                                    "instance",
                                    organization.value() + ":"
                                            + mail(organization, to).id())
                            .query(Long.class)
                            .single())
                    .as("the job is in the database, not in memory")
                    .isEqualTo(1);
        } finally {
            scheduler.start(); // a new scheduler, as a restarted node starts one
        }

        assertThat(TestMailServer.awaitBody(to, "Across a restart")).contains("hello");
        assertThat(awaitStatus(organization, to, SystemMailStatus.SENT).attempts())
                .isEqualTo(1);
    }

    private OrganizationId organization() {
        return OrganizationId.of(UUID.fromString(signUp().organizationId()));
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    private SystemMails.Mail awaitStatus(OrganizationId organization, String to, SystemMailStatus status) {
        await().atMost(PATIENCE).until(() -> mail(organization, to).status() == status);
        return mail(organization, to);
    }

    private SystemMails.Mail mail(OrganizationId organization, String to) {
        return recent(organization).stream()
                .filter(m -> m.recipient().equals(to))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + to));
    }

    private List<SystemMails.Mail> recent(OrganizationId organization) {
        return tenants.call(organization, mailbox::recent);
    }
}
