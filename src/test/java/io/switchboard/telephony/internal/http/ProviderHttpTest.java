package io.switchboard.telephony.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.TelephonyProperties;
import io.switchboard.telephony.provider.ProviderException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
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
                    true),
            JsonMapper.builder().build());

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
    void theProvidersOwnExplanationIsKept() {
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
        assertThat(http.refusal(ProviderKind.ASTERISK, "originate", 400, "not json")
                        .getMessage())
                .endsWith(": not json");
    }

    @Test
    void anUnreachableProviderIsRetryable() {
        // Nothing listens on port 9 of the loopback address: the connection is refused.
        ProviderException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                ProviderException.class,
                () -> http.send(
                        ProviderKind.TWILIO,
                        "create a call",
                        http.request("http://127.0.0.1:9/x").GET().build()));
        assertThat(e.retryable()).isTrue();
        assertThat(e.code()).isEqualTo("provider_unreachable");
    }

    private ProviderException refusal(int status) {
        return http.refusal(ProviderKind.TWILIO, "create a call", status, "");
    }
}
