package io.switchboard.telephony.internal.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.WebhookRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vectors from Twilio's own helper library tests (twilio-java RequestValidatorTest). */
class TwilioSignatureTest {

    static final String TOKEN = "12345";
    static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    static final String BODY = "{\"property\": \"value\", \"boolean\": true}";
    static final String BODY_HASH = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";

    static Map<String, List<String>> params() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("Digits", List.of("1234"));
        params.put("CallSid", List.of("CA1234567890ABCDE"));
        params.put("To", List.of("+18005551212"));
        params.put("Caller", List.of("+14158675309"));
        params.put("From", List.of("+14158675309"));
        return params;
    }

    static WebhookRequest form(String url, String signature) {
        return WebhookRequest.of(
                url,
                "POST",
                signature == null ? Map.of() : Map.of("x-twilio-signature", List.of(signature)),
                "application/x-www-form-urlencoded",
                ProviderHttp.form(params()));
    }

    @Test
    void signsTheUrlAndTheSortedParameters() {
        assertThat(TwilioSignature.sign(TOKEN, URL, params())).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }

    @Test
    void verifiesAFormPostAndRefusesAnyChange() {
        assertThat(TwilioSignature.verify(TOKEN, form(URL, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")))
                .isTrue();
        assertThat(TwilioSignature.verify(TOKEN, form(URL, "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=")))
                .isFalse();
        assertThat(TwilioSignature.verify("54321", form(URL, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")))
                .isFalse();
        assertThat(TwilioSignature.verify(TOKEN, form(URL + "&baz=3", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")))
                .isFalse();
        assertThat(TwilioSignature.verify(TOKEN, form(URL, null))).isFalse();
    }

    @Test
    void toleratesAPortAddedOrRemovedOnTheWay() {
        assertThat(TwilioSignature.verify(
                        TOKEN, form(URL.replace(".com", ".com:1234"), "RSOYDt4T1cUTdK1PDd93/VVr8B8=")))
                .isTrue();
        // Twilio's vectors for the same URL signed with its default port.
        assertThat(TwilioSignature.verify(TOKEN, form(URL, "kvajT1Ptam85bY51eRf/AJRuM3w=")))
                .isTrue();
        assertThat(TwilioSignature.verify(TOKEN, form(URL.replace("https", "http"), "0ZXoZLH/DfblKGATFgpif+LLRf4=")))
                .isTrue();
    }

    @Test
    void aJsonBodyIsCoveredByItsHashInTheUrl() {
        String url = URL + "&bodySHA256=" + BODY_HASH;
        var request = WebhookRequest.of(
                url,
                "POST",
                Map.of("x-twilio-signature", List.of("a9nBmqA0ju/hNViExpshrM61xv4=")),
                "application/json",
                BODY);
        assertThat(TwilioSignature.verify(TOKEN, request)).isTrue();
        var tampered = WebhookRequest.of(
                url,
                "POST",
                Map.of("x-twilio-signature", List.of("a9nBmqA0ju/hNViExpshrM61xv4=")),
                "application/json",
                BODY.replace("value", "other"));
        assertThat(TwilioSignature.verify(TOKEN, tampered)).isFalse();
    }
}
