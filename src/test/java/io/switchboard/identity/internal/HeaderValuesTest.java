package io.switchboard.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class HeaderValuesTest {

    @Test
    void answersAsTheFirewallsOwnRuleDoes() {
        List<String> values = List.of(
                "",
                "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc-_~",
                "curl/8.0 (x86_64) !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
                "tab\tinside",
                "new\nline",
                "carriage\rreturn",
                "nul\0byte",
                "delete\u007f",
                "c1 control \u0085",
                "Müller café",
                "emoji \uD83D\uDE00",
                "unassigned \u0378",
                "lone surrogate \uD800",
                "line separator \u2028");
        for (String value : values) {
            assertThat(HeaderValues.allowed(value))
                    .as(value)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(value));
        }
        assertThat(HeaderValues.allowed("new\nline")).isFalse();
        assertThat(HeaderValues.allowed("Bearer abc.def")).isTrue();
    }

    @Test
    void namesAndParametersAnswerAsTheFirewallsOwnRulesDo() {
        List<String> values = List.of(
                "",
                "Authorization",
                "X-Request-Id",
                "status[] !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
                "tab\tinside",
                "new\nline",
                "nul\0byte",
                "delete\u007f",
                "c1 control \u0085",
                "Müller",
                "emoji \uD83D\uDE00",
                "unassigned \u0378",
                "lone surrogate \uD800",
                "line separator \u2028");
        for (String value : values) {
            assertThat(HeaderValues.ALLOWED_NAMES.test(value))
                    .as(value)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(value));
            assertThat(HeaderValues.ALLOWED_PARAMETER_NAMES.test(value))
                    .as(value)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_PARAMETER_NAMES.test(value));
            assertThat(HeaderValues.ALLOWED_PARAMETER_VALUES.test(value))
                    .as(value)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_PARAMETER_VALUES.test(value));
        }
        assertThat(HeaderValues.ALLOWED_NAMES.test("tab\tinside")).isFalse();
        assertThat(HeaderValues.ALLOWED_NAMES.test("X-Api-Key")).isTrue();
    }

    @Test
    void theApplicationsFirewallUsesIt() {
        StrictHttpFirewall firewall = (StrictHttpFirewall) new HeaderValues().httpFirewall();
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/api/v1/me");
        request.addHeader("X-Test", "bad\u0007bell");
        request.addHeader("Authorization", "Bearer fine");
        var firewalled = firewall.getFirewalledRequest(request);
        assertThat(firewalled.getHeader("Authorization")).isEqualTo("Bearer fine");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> firewalled.getHeader("X-Test"))
                .isInstanceOf(org.springframework.security.web.firewall.RequestRejectedException.class);
    }
}
