package io.switchboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.demo.DemoStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Base of the end-to-end tests: the whole application on a random port, on the embedded
 * PostgreSQL, with the demo organization loaded. Each test signs up organizations of its own, so
 * tests never share data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApiTest {

    static {
        TestDataDirectory.ensure();
        TestMailServer.ensure();
    }

    @LocalServerPort
    protected int port;

    protected Api api;

    @Autowired
    DemoStatus demo;

    @BeforeEach
    void client() {
        api = new Api(port);
        // The demo loads after the application is ready; tests sign in to it.
        demo.awaitLoaded(Duration.ofMinutes(5));
    }

    /** A fresh organization with its admin signed in. */
    protected Tenant signUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "admin-" + suffix + "@example.com";
        var response = api.post(
                "/api/v1/auth/signup",
                Map.of(
                        "organization_name",
                        "Org " + suffix,
                        "name",
                        "Admin " + suffix,
                        "email",
                        email,
                        "password",
                        PASSWORD),
                null);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode body = response.json();
        return new Tenant(
                body.path("organization").path("id").asString(),
                body.path("user").path("id").asString(),
                email,
                body.path("access_token").asString(),
                body.path("refresh_token").asString());
    }

    /** Invites a user with a role into the tenant, accepts the invitation and signs them in. */
    protected Member join(Tenant tenant, String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var invited =
                api.post("/api/v1/users", Map.of("email", email, "name", "A " + role, "role", role), tenant.token());
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        var accepted = api.post(
                "/api/v1/auth/invitations/accept",
                Map.of("token", invited.text("invitation_token"), "password", PASSWORD),
                null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        return new Member(invited.json().path("user").path("id").asString(), email, accepted.text("access_token"));
    }

    /** Signs in with a password and answers the access token (for users without 2FA). */
    protected String apiSignIn(String email, String password) {
        var response = api.post("/api/v1/auth/login", body("email", email, "password", password), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.text("access_token");
    }

    protected static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    public static final String PASSWORD = "correct-horse-battery";

    public record Tenant(String organizationId, String adminId, String email, String token, String refreshToken) {}

    public record Member(String id, String email, String token) {}
}
