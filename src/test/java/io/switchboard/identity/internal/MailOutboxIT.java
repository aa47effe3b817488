package io.switchboard.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.support.ApiTest;
import io.switchboard.support.TestMailServer;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail belongs to the transaction that causes it: committed mail is delivered (by a job stored in
 * that transaction), rolled-back mail never.
 */
class MailOutboxIT extends ApiTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailQueue mail;

    @Autowired
    TransactionTemplate tx;

    @Test
    void mailOfARolledBackTransactionIsNeverSentAndCommittedMailIs() {
        Tenant tenant = signUp();
        OrganizationId organization = OrganizationId.of(UUID.fromString(tenant.organizationId()));
        String ghost = "ghost-" + UUID.randomUUID() + "@example.com";
        String real = "real-" + UUID.randomUUID() + "@example.com";
        TenantContext.runAs(
                organization,
                () -> tx.executeWithoutResult(status -> {
                    mail.queue(ghost, "Never sent", "body", "invitation");
                    status.setRollbackOnly();
                }));
        TenantContext.runAs(
                organization,
                () -> tx.executeWithoutResult(status -> mail.queue(real, "Delivered", "hello", "invitation")));

        assertThat(TestMailServer.awaitBody(real, "Delivered")).contains("hello");
        assertThat(TestMailServer.to(ghost)).isEmpty();
        // The server has the message before the sender records it as sent (its own commit follows).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var sent = TenantContext.callAs(organization, () -> tx.execute(status -> outbox.recent(10)));
            assertThat(sent)
                    .filteredOn(m -> m.getRecipient().equals(real))
                    .singleElement()
                    .satisfies(m -> {
                        assertThat(m.getStatus()).isEqualTo("sent");
                        assertThat(m.getAttempts()).isEqualTo(1);
                    });
            assertThat(sent).noneMatch(m -> m.getRecipient().equals(ghost));
        });
    }
}
