package io.switchboard.telephony;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.Api;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A number belongs to the organization whose provider account holds it: claiming one reveals
 * nothing about other organizations, and the proven owner releases a squatter's claim.
 */
class PhoneNumberOwnershipIT extends ProviderApiTest {

    @Test
    void aClaimRevealsNoOtherOrganizationAndTheProvenOwnerReleasesTheSquatter() {
        String phone = randomPhone();
        Tenant squatter = signUp();
        String squatted = add(squatter, phone, "simulated");

        var claimed = api.post("/api/v1/phone-numbers", number(phone, "simulated"), tenant.token());
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(201);
        assertThat(claimed.text("ownership")).isEqualTo("unverified");
        assertThat(claimed.body()).doesNotContain(squatter.organizationId(), squatted);
        String mine = claimed.text("id");
        var twice = api.post("/api/v1/phone-numbers", number(phone, "simulated"), tenant.token());
        assertProblem(twice, 409, "duplicate");
        assertThat(twice.json().path("errors").get(0).path("field").asString()).isEqualTo("phone_number");

        var unproven = api.post("/api/v1/phone-numbers/" + mine + "/verify", null, tenant.token());
        assertProblem(unproven, 409, "number_not_verified");
        simulatorHolds(tenant, phone);
        var verified = api.post("/api/v1/phone-numbers/" + mine + "/verify", null, tenant.token());
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.text("ownership")).isEqualTo("verified");
        assertThat(verified.text("verified_at")).isNotBlank();

        JsonNode released =
                api.get("/api/v1/phone-numbers/" + squatted, squatter.token()).json();
        assertThat(released.path("ownership").asString()).isEqualTo("released");
        assertThat(released.path("active").asBoolean()).isFalse();
        JsonNode entries = api.get("/api/v1/audit?action=phone_number.claim_released", squatter.token())
                .json()
                .path("data");
        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.get(0).path("entity_id").asString()).isEqualTo(squatted);
        assertThat(entries.get(0).path("actor_type").asString()).isEqualTo("system");
        assertThat(entries.get(0).toString()).doesNotContain(tenant.adminId(), tenant.organizationId());

        // The squatter's own proof cannot take it back, and is answered as if its account lacked it.
        assertProblem(
                api.patch("/api/v1/phone-numbers/" + squatted, body("active", true), squatter.token()),
                400,
                "number_released");
        simulatorHolds(squatter, phone);
        String again = add(squatter, phone, "simulated");
        var refused = api.post("/api/v1/phone-numbers/" + again + "/verify", null, squatter.token());
        assertProblem(refused, 409, "number_not_verified");
        assertThat(refused.text("detail")).isEqualTo(unproven.text("detail"));
        assertThat(refused.body()).doesNotContain(tenant.organizationId(), mine);
    }

    @Test
    void realProvidersProveANumberThroughTheAccountsOwnNumbersApi() {
        configure(
                "twilio",
                Map.of("account_sid", TwilioIT.SID, "api_base_url", provider.baseUrl()),
                TwilioIT.TOKEN,
                null);
        configure("plivo", Map.of("auth_id", PlivoIT.AUTH_ID, "api_base_url", provider.baseUrl()), PlivoIT.TOKEN, null);
        configure("bolna", Map.of("api_base_url", provider.baseUrl()), BolnaIT.API_KEY, BolnaIT.SECRET);
        configure(
                "asterisk",
                Map.of("username", "switchboard", "api_base_url", provider.baseUrl()),
                AsteriskIT.PASSWORD,
                AsteriskIT.SECRET);
        String twilio = randomPhone();
        String plivo = randomPhone();
        String bolna = randomPhone();
        String elsewhere = randomPhone();
        String incoming = "/2010-04-01/Accounts/" + TwilioIT.SID + "/IncomingPhoneNumbers.json";
        provider.stubFor(get(urlPathEqualTo(incoming))
                .withQueryParam("PhoneNumber", equalTo(twilio))
                .willReturn(okJson(
                        "{\"incoming_phone_numbers\":[{\"sid\":\"PN1\",\"phone_number\":\"" + twilio + "\"}]}")));
        provider.stubFor(get(urlPathEqualTo(incoming))
                .withQueryParam("PhoneNumber", equalTo(elsewhere))
                .willReturn(okJson("{\"incoming_phone_numbers\":[]}")));
        String rented = "/v1/Account/" + PlivoIT.AUTH_ID + "/Number/";
        provider.stubFor(get(urlPathEqualTo(rented + plivo.substring(1) + "/"))
                .willReturn(okJson("{\"number\":\"" + plivo.substring(1) + "\"}")));
        provider.stubFor(get(urlPathEqualTo(rented + elsewhere.substring(1) + "/"))
                .willReturn(aResponse().withStatus(404).withBody("{\"error\":\"not found\"}")));
        provider.stubFor(get(urlPathEqualTo("/phone-numbers/all"))
                .willReturn(okJson("[{\"id\":\"n1\",\"phone_number\":\"" + bolna + "\"}]")));

        assertThat(verify(add(tenant, twilio, "twilio")).text("ownership")).isEqualTo("verified");
        assertThat(verify(add(tenant, plivo, "plivo")).text("ownership")).isEqualTo("verified");
        assertThat(verify(add(tenant, bolna, "bolna")).text("ownership")).isEqualTo("verified");
        assertThat(provider.findAll(getRequestedFor(urlPathEqualTo(incoming)))
                        .getFirst()
                        .getHeader("Authorization"))
                .isEqualTo("Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (TwilioIT.SID + ":" + TwilioIT.TOKEN).getBytes(StandardCharsets.UTF_8)));
        assertThat(provider.findAll(getRequestedFor(urlPathEqualTo("/phone-numbers/all")))
                        .getFirst()
                        .getHeader("Authorization"))
                .isEqualTo("Bearer " + BolnaIT.API_KEY);

        for (String kind : List.of("twilio", "plivo", "bolna")) {
            String number = add(tenant, elsewhere, kind);
            assertProblem(verify(number), 409, "number_not_verified");
            api.delete("/api/v1/phone-numbers/" + number, tenant.token());
        }
        assertProblem(verify(add(tenant, randomPhone(), "asterisk")), 409, "verification_unsupported");
    }

    private Api.Response verify(String number) {
        return api.post("/api/v1/phone-numbers/" + number + "/verify", null, tenant.token());
    }

    private String add(Tenant who, String phone, String kind) {
        var response = api.post("/api/v1/phone-numbers", number(phone, kind), who.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    private static Map<String, Object> number(String phone, String kind) {
        return body(
                "name",
                kind + " line",
                "phone_number",
                phone,
                "provider",
                kind,
                "provider_number_id",
                "PN" + phone.substring(1));
    }

    /** The simulated account lists the number as one of its own. */
    private void simulatorHolds(Tenant who, String phone) {
        var response = api.patch(
                "/api/v1/voice-providers/simulated", Map.of("config", Map.of("numbers", List.of(phone))), who.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
