package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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

    static boolean verify(String token, String url, @Nullable String signature) {
        return TwilioSignature.verify(token, url, params(), "ignored for a form post", signature);
    }

    @Test
    void signsTheUrlAndTheSortedParameters() {
        assertThat(TwilioSignature.sign(TOKEN, URL, params())).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }

    @Test
    void verifiesAFormPostAndRefusesAnyChange() {
        assertThat(verify(TOKEN, URL, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isTrue();
        assertThat(verify(TOKEN, URL, "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=")).isFalse();
        assertThat(verify("54321", URL, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isFalse();
        assertThat(verify(TOKEN, URL + "&baz=3", "RSOYDt4T1cUTdK1PDd93/VVr8B8="))
                .isFalse();
        assertThat(verify(TOKEN, URL, null)).isFalse();
    }

    @Test
    void toleratesAPortAddedOrRemovedOnTheWay() {
        assertThat(verify(TOKEN, URL.replace(".com", ".com:1234"), "RSOYDt4T1cUTdK1PDd93/VVr8B8="))
                .isTrue();
        // Twilio's vectors for the same URL signed with its default port.
        assertThat(verify(TOKEN, URL, "kvajT1Ptam85bY51eRf/AJRuM3w=")).isTrue();
        assertThat(verify(TOKEN, URL.replace("https", "http"), "0ZXoZLH/DfblKGATFgpif+LLRf4="))
                .isTrue();
    }

    @Test
    void aJsonBodyIsCoveredByItsHashInTheUrl() {
        String url = URL + "&bodySHA256=" + BODY_HASH;
        assertThat(TwilioSignature.verify(TOKEN, url, Map.of(), BODY, "a9nBmqA0ju/hNViExpshrM61xv4="))
                .isTrue();
        assertThat(TwilioSignature.verify(
                        TOKEN, url, Map.of(), BODY.replace("value", "other"), "a9nBmqA0ju/hNViExpshrM61xv4="))
                .isFalse();
    }
}
