package io.switchboard.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failure answers RFC 9457 problem details with a stable code and a trace id. */
public final class ProblemAssert {

    /** Package names, Java's and Jackson's vocabulary, SQL: what a problem's detail never shows. */
    public static final String JAVA_INTERNALS = "io\\.switchboard|java\\.|jakarta\\.|tools\\.jackson|org\\.|`|\\$"
            + "|Exception|Feature|SQL|(?i:select |insert into|update \\w+ set)";

    private ProblemAssert() {}

    public static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.text("title")).isNotBlank();
        assertThat(response.text("detail")).isNotBlank();
        assertThat(response.text("type")).isNotBlank();
        assertThat(response.text("trace_id")).isNotBlank();
    }
}
