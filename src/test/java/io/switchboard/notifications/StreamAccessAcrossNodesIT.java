package io.switchboard.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.SwitchboardApplication;
import io.switchboard.support.ApiTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one database: a stream held by the second node is closed when the session or the
 * access behind it ends through the first, the close order crossing over PostgreSQL LISTEN/NOTIFY.
 */
class StreamAccessAcrossNodesIT extends ApiTest {

    private static ConfigurableApplicationContext secondNode;

    @Autowired
    RealtimeHub hub;

    @BeforeAll
    static void startSecondNode() {
        secondNode = new SpringApplicationBuilder(SwitchboardApplication.class)
                .profiles("test")
                .properties("server.port=0")
                .run();
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void signingOutOnOneNodeClosesTheSessionsStreamsOnTheOther() throws Exception {
        Tenant tenant = signUp();
        String other = apiSignIn(tenant.email(), PASSWORD);
        List<LiveStream> signedOut = open(tenant.token(), "calls");
        List<LiveStream> staying = open(other, "calls");

        assertThat(api.post("/api/v1/auth/logout", null, tenant.token()).status())
                .isEqualTo(204);

        assertClosedAndDeaf(tenant.organizationId(), "calls", signedOut, staying);
    }

    @Test
    void aDemotionOnOneNodeTakesTopicsAwayOnTheOther() throws Exception {
        Tenant tenant = signUp();
        Member supervisor = join(tenant, "supervisor");
        String campaign = "campaign:" + UUID.randomUUID();
        List<LiveStream> supervisors = open(supervisor.token(), campaign);
        List<LiveStream> admins = open(tenant.token(), campaign);

        var demoted = api.patch("/api/v1/users/" + supervisor.id(), body("role", "agent"), tenant.token());
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);

        assertClosedAndDeaf(tenant.organizationId(), campaign, supervisors, admins);
    }

    /** Streams held by the second node. */
    private List<LiveStream> open(String token, String topics) throws Exception {
        return LiveStream.both(
                Integer.parseInt(secondNode.getEnvironment().getRequiredProperty("local.server.port")), token, topics);
    }

    private void assertClosedAndDeaf(String organization, String topic, List<LiveStream> ended, List<LiveStream> open) {
        LiveStream.assertEndedAndDeaf(hub, organization, topic, ended, open);
    }
}
