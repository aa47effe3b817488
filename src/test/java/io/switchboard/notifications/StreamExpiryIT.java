package io.switchboard.notifications;

import static io.switchboard.db.Tables.USER_SESSIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.shared.OrganizationId;
import io.switchboard.support.ApiTest;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * No stream outlives its access token unchecked: when the token expires (two seconds here) the hub
 * checks again. A stream whose session still holds stays open; one whose session ended without any
 * signal reaching the hub (here it simply expired) is closed.
 */
@TestPropertySource(properties = "switchboard.identity.access-token-ttl=PT2S")
class StreamExpiryIT extends ApiTest {

    private static final Duration TTL = Duration.ofSeconds(2);

    @Autowired
    RealtimeHub hub;

    @Autowired
    TenantTransactions tenants;

    @Autowired
    DSLContext db;

    @Test
    void atTokenExpiryAStreamIsCheckedAgainAndClosedOnceItsSessionIsOver() throws Exception {
        Tenant tenant = signUp();
        String other = apiSignIn(tenant.email(), PASSWORD);
        List<LiveStream> expiring = open(tenant.token());
        List<LiveStream> staying = open(other);

        // Several token lifetimes pass: the sessions still hold, so every check lets the streams be.
        List<LiveStream> all = new ArrayList<>(expiring);
        all.addAll(staying);
        await().during(TTL.multipliedBy(3)).atMost(TTL.multipliedBy(5)).until(() -> all.stream()
                .noneMatch(LiveStream::closed));

        UUID session = UUID.fromString(LiveStream.sessionOf(tenant.token()));
        tenants.run(OrganizationId.of(UUID.fromString(tenant.organizationId())), () -> db.update(USER_SESSIONS)
                .set(USER_SESSIONS.EXPIRES_AT, DSL.currentOffsetDateTime())
                .where(USER_SESSIONS.ID.eq(session))
                .execute());

        await().atMost(TTL.plusSeconds(10)).untilAsserted(() -> assertThat(expiring)
                .allSatisfy(stream ->
                        assertThat(stream.closed()).as(stream.toString()).isTrue()));
        String marker = LiveStream.probe(hub, tenant.organizationId(), "calls");
        await().atMost(LiveStream.QUICKLY).untilAsserted(() -> assertThat(staying)
                .allSatisfy(stream ->
                        assertThat(stream.got(marker)).as(stream.toString()).isTrue()));
        assertThat(expiring).noneMatch(stream -> stream.got(marker));
    }

    private List<LiveStream> open(String token) throws Exception {
        return LiveStream.both(port, token, "calls");
    }
}
