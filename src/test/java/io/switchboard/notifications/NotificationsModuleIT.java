package io.switchboard.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.billing.Credits;
import io.switchboard.billing.HoldResult;
import io.switchboard.billing.LowBalanceReached;
import io.switchboard.identity.Accounts;
import io.switchboard.identity.ClientInfo;
import io.switchboard.identity.SignUp;
import io.switchboard.identity.SignedUp;
import io.switchboard.shared.Ids;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.SystemMail;
import io.switchboard.support.TestDataDirectory;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The notifications module hearing billing's {@link LowBalanceReached}: a call refused for lack of
 * credit tells the organization's admins at once, in their inbox in the embedded PostgreSQL.
 *
 * <p>ALL_DEPENDENCIES: the listener looks the admins up in identity, whose beans need audit and jobs,
 * which notifications does not use directly. billing comes in as an extra: notifications only
 * listens to it (no bean of it is used, so Modulith would leave it out), but the stimulus is
 * billing's own refusal, the credit hold of an organization signed up without starting credit.
 * The sign-up queues an account mail through the shared {@code SystemMail} port, whose outbox is
 * messaging's; messaging (and the half of the application it needs) is not part of this module's
 * test, so {@link AccountMailKept} stands in for its outbox and keeps the mail in memory.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "billing")
@Import(NotificationsModuleIT.AccountMailKept.class)
@ActiveProfiles("test")
class NotificationsModuleIT {

    @TestConfiguration(proxyBeanMethods = false)
    static class AccountMailKept {

        static final List<String> RECIPIENTS = new CopyOnWriteArrayList<>();

        @Bean
        SystemMail systemMail() {
            return (to, subject, body, kind, sensitive) -> RECIPIENTS.add(to);
        }
    }

    // Beyond Scenario's 10 s: the listener runs on another thread, on a machine the build shares.
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    static {
        TestDataDirectory.ensure();
    }

    @Autowired
    Accounts accounts;

    @Autowired
    Credits credits;

    @Autowired
    NotificationCenter center;

    @Autowired
    TenantTransactions tenants;

    @Test
    void aCallRefusedForLackOfCreditTellsTheAdmins(Scenario scenario) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SignedUp signedUp = accounts.signUp(
                new SignUp(
                        "Org " + suffix,
                        "Admin " + suffix,
                        "admin-" + suffix + "@example.com",
                        "correct-horse-battery"),
                ClientInfo.unknown());
        OrganizationId organization = signedUp.organization().id();
        UUID admin = signedUp.user().id().value();
        assertThat(AccountMailKept.RECIPIENTS)
                .as("the sign-up's address check")
                .contains("admin-" + suffix + "@example.com");

        // The organization's own transaction (row-level security), not one the scenario would open outside it.
        scenario.stimulate(tx -> tenants.call(organization, () -> credits.hold(Ids.next())))
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> inbox(organization, admin), list -> !list.isEmpty())
                .andVerify((inbox, hold) -> {
                    assertThat(hold).isInstanceOf(HoldResult.Refused.class);
                    assertThat(inbox).singleElement().satisfies(notification -> {
                        assertThat(notification.kind()).isEqualTo("low_balance");
                        assertThat(notification.priority()).isEqualTo("high");
                        assertThat(notification.title()).isEqualTo("Calls are being refused: not enough credit");
                        assertThat(notification.link()).isEqualTo("/credits");
                    });
                });
    }

    private List<Notification> inbox(OrganizationId organization, UUID user) {
        return tenants.call(organization, () -> center.of(user, false, null, 10).data());
    }
}
