package io.switchboard.telephony.internal.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.WebhookRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expected signatures computed with Plivo's own SDK ({@code validateV3Signature} and its signing
 * helpers in the plivo npm package, v4): Plivo publishes no V3 test vector of its own.
 */
class PlivoSignatureTest {

    static final String TOKEN = "MAXXXXXXXXXXXXXXXXXX_token";
    static final String NONCE = "05429567804466091622";
    static final String URL =
            "https://example.com/answer/?org=11111111-2222-3333-4444-555555555555&call=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    static Map<String, List<String>> hangup() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("CallUUID", List.of("97ceeb52-58b6-11e1-86da-77300b68f8bb"));
        params.put("CallStatus", List.of("completed"));
        params.put("From", List.of("+14155550100"));
        params.put("To", List.of("+14155550123"));
        params.put("Event", List.of("Hangup"));
        params.put("HangupCause", List.of("NORMAL_CLEARING"));
        params.put("Duration", List.of("42"));
        return params;
    }

    static WebhookRequest request(String url, Map<String, List<String>> params, String signature) {
        return WebhookRequest.of(
                url,
                "POST",
                Map.of("x-plivo-signature-v3", List.of(signature), "x-plivo-signature-v3-nonce", List.of(NONCE)),
                "application/x-www-form-urlencoded",
                ProviderHttp.form(params));
    }

    @Test
    void matchesPlivosSdkForAPostWithQueryAndParameters() {
        assertThat(PlivoSignature.baseString(URL, hangup()))
                .isEqualTo("https://example.com/answer/?call=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
                        + "&org=11111111-2222-3333-4444-555555555555.CallStatuscompletedCallUUID"
                        + "97ceeb52-58b6-11e1-86da-77300b68f8bbDuration42EventHangupFrom+14155550100"
                        + "HangupCauseNORMAL_CLEARINGTo+14155550123");
        assertThat(PlivoSignature.sign(TOKEN, URL, hangup(), NONCE))
                .isEqualTo("5En+AQzvrCYmGf5Q/dR7w83p36RpgLq8ZuBnmPvgcHY=");
    }

    @Test
    void matchesPlivosSdkWithoutQueryOrWithoutParameters() {
        Map<String, List<String>> inbound = new LinkedHashMap<>();
        inbound.put("Direction", List.of("inbound"));
        inbound.put("CallUUID", List.of("97ceeb52-58b6-11e1-86da-77300b68f8bb"));
        assertThat(PlivoSignature.sign(TOKEN, "https://example.com/answer/", inbound, NONCE))
                .isEqualTo("swSXgTsNPGzR8++JZZlcdfLYSzs/UIaOz7UTWartN0c=");
        assertThat(PlivoSignature.sign(TOKEN, "https://example.com/answer/?a=1%202", Map.of(), NONCE))
                .isEqualTo("507BmJ4EthZd1B52+LnHCGvX2yTJF50Rhb5I1er3MEE=");
    }

    @Test
    void acceptsAnyOfSeveralSignaturesAndNothingElse() {
        String good = "5En+AQzvrCYmGf5Q/dR7w83p36RpgLq8ZuBnmPvgcHY=";
        assertThat(PlivoSignature.verify(TOKEN, request(URL, hangup(), good))).isTrue();
        assertThat(PlivoSignature.verify(TOKEN, request(URL, hangup(), "c29tZXRoaW5nIGVsc2U=," + good)))
                .isTrue();
        assertThat(PlivoSignature.verify("other-token", request(URL, hangup(), good)))
                .isFalse();
        Map<String, List<String>> changed = hangup();
        changed.put("Duration", List.of("4200"));
        assertThat(PlivoSignature.verify(TOKEN, request(URL, changed, good))).isFalse();
        var noNonce = WebhookRequest.of(
                URL,
                "POST",
                Map.of("x-plivo-signature-v3", List.of(good)),
                "application/x-www-form-urlencoded",
                ProviderHttp.form(hangup()));
        assertThat(PlivoSignature.verify(TOKEN, noNonce)).isFalse();
    }
}
