package io.switchboard.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.support.ApiTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A live stream (server-sent events or WebSocket) ends the moment the access behind it does:
 * sign-out, deactivation, a session ended by its user or an admin, refresh-token reuse, a revoked
 * API key; a role change takes away the topics the new role does not grant. Each case checks that
 * the stream is closed and that a message published afterwards reaches a stream that is still
 * allowed, but not the closed one.
 */
@ExtendWith(OutputCaptureExtension.class)
class StreamAccessIT extends ApiTest {

    private static final Duration QUICKLY = LiveStream.QUICKLY;

    @Autowired
    RealtimeHub hub;

    @Test
    void signingOutClosesTheStreamsOfThatSessionOnly(CapturedOutput output) throws Exception {
        Tenant tenant = signUp();
        String otherSession = apiSignIn(tenant.email(), PASSWORD);
        List<LiveStream> signedOut = open(tenant.token(), "calls");
        List<LiveStream> staying = open(otherSession, "calls");

        assertThat(api.post("/api/v1/auth/logout", null, tenant.token()).status())
                .isEqualTo(204);

        assertClosedAndDeaf(tenant.organizationId(), "calls", signedOut, staying);
        // The ended stream's last (async) dispatch carries no credentials: it must not be refused.
        assertThat(output.getAll()).doesNotContain("Unable to handle the Spring Security Exception");
    }

    @Test
    void deactivatingAUserClosesTheirStreams() throws Exception {
        Tenant tenant = signUp();
        Member manager = join(tenant, "manager");
        List<LiveStream> managers = open(manager.token(), "calls");
        List<LiveStream> admins = open(tenant.token(), "calls");

        assertThat(api.delete("/api/v1/users/" + manager.id(), tenant.token()).status())
                .isEqualTo(204);

        assertClosedAndDeaf(tenant.organizationId(), "calls", managers, admins);
    }

    @Test
    void anAdminEndingOneSessionClosesItsStreamsButNotTheUsersOtherSession() throws Exception {
        Tenant tenant = signUp();
        Member manager = join(tenant, "manager");
        String laptop = apiSignIn(manager.email(), PASSWORD);
        List<LiveStream> phone = open(manager.token(), "calls");
        List<LiveStream> stillSignedIn = open(laptop, "calls");

        var revoked = api.delete(
                "/api/v1/users/" + manager.id() + "/sessions/" + LiveStream.sessionOf(manager.token()), tenant.token());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);

        assertClosedAndDeaf(tenant.organizationId(), "calls", phone, stillSignedIn);
    }

    @Test
    void anAdminEndingAllSessionsClosesEveryStreamOfTheUser() throws Exception {
        Tenant tenant = signUp();
        Member manager = join(tenant, "manager");
        String laptop = apiSignIn(manager.email(), PASSWORD);
        List<LiveStream> managers = open(manager.token(), "calls");
        managers.addAll(open(laptop, "calls"));
        List<LiveStream> admins = open(tenant.token(), "calls");

        assertThat(api.delete("/api/v1/users/" + manager.id() + "/sessions", tenant.token())
                        .status())
                .isEqualTo(204);

        assertClosedAndDeaf(tenant.organizationId(), "calls", managers, admins);
    }

    @Test
    void aUserEndingTheirOtherSessionClosesItsStreams() throws Exception {
        Tenant tenant = signUp();
        String laptop = apiSignIn(tenant.email(), PASSWORD);
        List<LiveStream> phone = open(tenant.token(), "calls");
        List<LiveStream> stillSignedIn = open(laptop, "calls");

        var revoked = api.delete("/api/v1/sessions/" + LiveStream.sessionOf(tenant.token()), laptop);
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);

        assertClosedAndDeaf(tenant.organizationId(), "calls", phone, stillSignedIn);
    }

    @Test
    void reusingARefreshTokenClosesTheStreamsOfTheRevokedSession() throws Exception {
        Tenant tenant = signUp();
        String other = apiSignIn(tenant.email(), PASSWORD);
        List<LiveStream> leaked = open(tenant.token(), "calls");
        List<LiveStream> staying = open(other, "calls");

        Map<String, Object> refresh = body("refresh_token", tenant.refreshToken());
        assertThat(api.post("/api/v1/auth/refresh", refresh, null).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/refresh", refresh, null).status()).isEqualTo(401);

        assertClosedAndDeaf(tenant.organizationId(), "calls", leaked, staying);
    }

    @Test
    void revokingAnApiKeyClosesTheStreamsItOpened() throws Exception {
        Tenant tenant = signUp();
        var created = api.post(
                "/api/v1/api-keys", body("name", "Wallboard", "scopes", List.of("calls:read")), tenant.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        List<LiveStream> keys = open(created.text("secret"), "calls");
        List<LiveStream> admins = open(tenant.token(), "calls");

        String key = created.json().path("key").path("id").asString();
        assertThat(api.delete("/api/v1/api-keys/" + key, tenant.token()).status())
                .isEqualTo(204);

        assertClosedAndDeaf(tenant.organizationId(), "calls", keys, admins);
    }

    @Test
    void aDemotionTakesAwayTheTopicsTheNewRoleDoesNotGrant() throws Exception {
        Tenant tenant = signUp();
        // A manager (every call in reach, so the organization-wide calls stream too) becomes an agent.
        Member manager = join(tenant, "manager");
        String campaign = "campaign:" + UUID.randomUUID();
        List<LiveStream> campaignOnly = open(manager.token(), campaign);
        List<LiveStream> mixed = open(manager.token(), "calls," + campaign);
        List<LiveStream> admins = open(tenant.token(), "calls," + campaign);

        var demoted = api.patch("/api/v1/users/" + manager.id(), body("role", "agent"), tenant.token());
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);

        assertClosedAndDeaf(tenant.organizationId(), campaign, campaignOnly, admins);
        await().atMost(QUICKLY)
                .untilAsserted(() -> assertThat(mixed).allSatisfy(stream -> assertThat(stream.got("\"unsubscribed\""))
                        .as(stream.toString())
                        .isTrue()));
        String afterwards = LiveStream.probe(hub, tenant.organizationId(), campaign);
        String calls = LiveStream.probe(hub, tenant.organizationId(), "calls");
        await().atMost(QUICKLY).untilAsserted(() -> assertThat(mixed)
                .allSatisfy(stream ->
                        assertThat(stream.got(calls)).as(stream.toString()).isTrue()));
        assertThat(mixed).allSatisfy(stream -> {
            assertThat(stream.closed()).as(stream.toString()).isFalse();
            assertThat(stream.got(afterwards)).as(stream.toString()).isFalse();
        });
    }

    @Test
    void narrowingACustomRoleTakesAwayItsHoldersTopics() throws Exception {
        Tenant tenant = signUp();
        Member agent = join(tenant, "agent");
        var role = api.post(
                "/api/v1/roles",
                body("name", "Campaign watcher", "permissions", List.of("calls:read", "campaigns:read")),
                tenant.token());
        assertThat(role.status()).as(role.toString()).isEqualTo(201);
        String roleId = role.text("id");
        assertThat(api.send(
                                "PUT",
                                "/api/v1/users/" + agent.id() + "/custom-role",
                                body("custom_role_id", roleId),
                                tenant.token(),
                                Map.of())
                        .status())
                .isEqualTo(200);
        String campaign = "campaign:" + UUID.randomUUID();
        List<LiveStream> watchers = open(agent.token(), campaign);
        List<LiveStream> admins = open(tenant.token(), campaign);

        var narrowed = api.patch("/api/v1/roles/" + roleId, body("permissions", List.of("calls:read")), tenant.token());
        assertThat(narrowed.status()).as(narrowed.toString()).isEqualTo(200);

        assertClosedAndDeaf(tenant.organizationId(), campaign, watchers, admins);
    }

    private List<LiveStream> open(String token, String topics) throws Exception {
        return LiveStream.both(port, token, topics);
    }

    private void assertClosedAndDeaf(String organization, String topic, List<LiveStream> ended, List<LiveStream> open) {
        LiveStream.assertEndedAndDeaf(hub, organization, topic, ended, open);
    }
}
