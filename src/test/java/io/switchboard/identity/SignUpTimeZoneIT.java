package io.switchboard.identity;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A new organization starts in the time zone the sign-up names (the console sends the browser's). */
class SignUpTimeZoneIT extends ApiTest {

    @Test
    void theOrganizationStartsInTheZoneTheSignUpNames() {
        String email = "tz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var created = api.post("/api/v1/auth/signup", signUp(email, "America/Los_Angeles"), null);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("organization").path("timezone").asString())
                .isEqualTo("America/Los_Angeles");
        // The admin follows the organization's zone until they pick one of their own.
        var userZone = created.json().path("user").path("timezone");
        assertThat(userZone.isNull() || userZone.isMissingNode())
                .as(userZone.toString())
                .isTrue();
        String token = created.text("access_token");
        assertThat(api.get("/api/v1/organization", token)
                        .json()
                        .path("timezone")
                        .asString())
                .isEqualTo("America/Los_Angeles");
    }

    @Test
    void anUnknownZoneIsRefusedNamingTheFieldAndCreatesNothing() {
        String email = "tz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var refused = api.post("/api/v1/auth/signup", signUp(email, "Mars/Olympus_Mons"), null);

        assertProblem(refused, 400, "invalid_timezone");
        assertThat(refused.json().path("errors").get(0).path("field").asString())
                .isEqualTo("timezone");
        // Nothing was created: the address is still free and cannot sign in.
        var login = api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(login.status()).as(login.toString()).isEqualTo(401);
        var again = api.post("/api/v1/auth/signup", signUp(email, "Europe/Berlin"), null);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
    }

    @Test
    void withoutAZoneTheOrganizationStartsInUtc() {
        String email = "tz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var created = api.post(
                "/api/v1/auth/signup",
                Map.of("organization_name", "No Zone", "name", "Ann", "email", email, "password", PASSWORD),
                null);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("organization").path("timezone").asString())
                .isEqualTo("UTC");
    }

    private static Map<String, Object> signUp(String email, String zone) {
        return Map.of(
                "organization_name",
                "Zoned " + email,
                "name",
                "Zed",
                "email",
                email,
                "password",
                PASSWORD,
                "timezone",
                zone);
    }
}
