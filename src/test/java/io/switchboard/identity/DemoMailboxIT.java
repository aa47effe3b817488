package io.switchboard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.messaging.SystemMails;
import io.switchboard.shared.OrganizationId;
import io.switchboard.support.ApiTest;
import io.switchboard.tenancy.TenantTransactions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's people join with a password: the dev mailbox holds no invitation for them. */
class DemoMailboxIT extends ApiTest {

    @Autowired
    SystemMails mailbox;

    @Autowired
    TenantTransactions tenants;

    @Test
    void demoUsersWhoAlreadyHaveAPasswordWereSentNoInvitation() {
        String token = apiSignIn("agent1@acme.example", "switchboard-demo");
        String organization = api.get("/api/v1/me", token).text("acting_organization_id");

        List<SystemMails.Mail> mails =
                tenants.call(OrganizationId.of(UUID.fromString(organization)), () -> mailbox.recent());

        assertThat(mails)
                .filteredOn(m -> m.kind().equals("invitation"))
                .extracting(SystemMails.Mail::recipient)
                .isEmpty();
    }
}
