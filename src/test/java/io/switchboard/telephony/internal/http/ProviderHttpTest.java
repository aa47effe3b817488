package io.switchboard.telephony.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.switchboard.shared.OutboundHttp;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.TelephonyProperties;
import io.switchboard.telephony.provider.ProviderException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class ProviderHttpTest {

    final ProviderHttp http = new ProviderHttp(
            new TelephonyProperties(
                    "http://localhost",
                    Duration.ofSeconds(1),
                    Duration.ofHours(2),
                    Duration.ofDays(1),
                    "",
                    Duration.ofSeconds(2),
                    4,
                    200,
                    true,
                    Duration.ofSeconds(5),
                    "0 17 3 * * *",
                    Duration.ofMinutes(5),
                    Duration.ofSeconds(15)),
            JsonMapper.builder().build(),
            new OutboundHttp(RestClient.builder(), new RestTemplateBuilder()));

    WireMockServer provider;

    @BeforeEach
    void start() {
        provider = new WireMockServer(options().dynamicPort());
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.stop();
    }

    @Test
    void onlyAnswersThatProveNothingWasCreatedAreRetryable() {
        assertThat(refusal(429).retryable()).isTrue();
        assertThat(refusal(503).retryable()).isTrue();
        assertThat(refusal(500).retryable()).isFalse();
        assertThat(refusal(502).retryable()).isFalse();
        assertThat(refusal(504).retryable()).isFalse();
        assertThat(refusal(400).retryable()).isFalse();
        assertThat(refusal(401).code()).isEqualTo("provider_credentials_refused");
    }

    @Test
    void theProvidersOwnExplanationIsKeptButNeverItsRawBody() {
        var twilio = http.refusal(
                ProviderKind.TWILIO,
                "create a call",
                400,
                "{\"code\": 21211, \"message\": \"The 'To' number +1555 is not a valid phone number.\", \"more_info\": \"https://www.twilio.com/docs/errors/21211\", \"status\": 400}");
        assertThat(twilio.getMessage())
                .isEqualTo(
                        "twilio answered HTTP 400 to create a call: The 'To' number +1555 is not a valid phone number. (code 21211)");
        var plivo = http.refusal(
                ProviderKind.PLIVO,
                "make a call",
                400,
                "{\"api_id\": \"x\", \"error\": \"invalid destination number\"}");
        assertThat(plivo.getMessage()).endsWith(": invalid destination number");
        // A proxy's error page or a JSON body without an explanation is not passed on.
        assertThat(http.refusal(ProviderKind.ASTERISK, "originate", 502, "<html><pre>at org.example.Proxy</pre>")
                        .getMessage())
                .isEqualTo("asterisk answered HTTP 502 to originate");
        assertThat(http.refusal(ProviderKind.BOLNA, "place a call", 400, "{\"internal\": {\"trace\": \"x\"}}")
                        .getMessage())
                .isEqualTo("bolna answered HTTP 400 to place a call");
    }

    @Test
    void anUnreachableProviderIsRetryable() {
        // Nothing listens on port 9 of the loopback address: the connection is refused.
        ProviderException e = catchThrowableOfType(
                ProviderException.class,
                () -> http.send(ProviderKind.TWILIO, "create a call", client -> client.get()
                        .uri("http://127.0.0.1:9/x")));
        assertThat(e.retryable()).isTrue();
        assertThat(e.code()).isEqualTo("provider_unreachable");
    }

    @Test
    void aProviderThatDoesNotAnswerInTimeMayHaveActedSoItIsNotRepeated() {
        provider.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withFixedDelay(6000)));

        ProviderException e = catchThrowableOfType(
                ProviderException.class,
                () -> http.send(ProviderKind.PLIVO, "make a call", client -> client.get()
                        .uri(provider.baseUrl() + "/slow")));

        assertThat(e.code()).isEqualTo("provider_timeout");
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("did not answer within 2s");
    }

    @Test
    void aRedirectIsNotFollowedButRefused() {
        provider.stubFor(get(urlEqualTo("/moved"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", provider.baseUrl() + "/elsewhere")));

        ProviderException e = catchThrowableOfType(
                ProviderException.class,
                () -> http.send(ProviderKind.BOLNA, "place a call", client -> client.get()
                        .uri(provider.baseUrl() + "/moved")));

        assertThat(e.code()).isEqualTo("provider_refused");
        provider.verify(0, getRequestedFor(urlEqualTo("/elsewhere")));
    }

    private ProviderException refusal(int status) {
        return http.refusal(ProviderKind.TWILIO, "create a call", status, "");
    }
}
