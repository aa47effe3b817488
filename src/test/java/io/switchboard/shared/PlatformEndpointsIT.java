package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.support.ApiDocument;
import io.switchboard.support.ApiTest;
import org.junit.jupiter.api.Test;

class PlatformEndpointsIT extends ApiTest {

    @Test
    void openApiDescribesTheApi() {
        // Generating the document takes seconds (longer than the small client waits on a busy machine).
        var docs = ApiDocument.read(api).root();
        assertThat(docs.path("paths").has("/api/v1/auth/signup")).isTrue();
        assertThat(docs.path("paths").has("/api/v1/teams/{id}")).isTrue();
        assertThat(docs.path("paths").has("/api/v1/users")).isTrue();
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
        assertThat(api.get("/swagger-ui", null).status()).isIn(200, 302);
    }

    @Test
    void healthAndMetrics() {
        var health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
        var metrics = api.get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests");
        // Requests are timed, but no long-task timer is started and stopped around each one.
        assertThat(metrics.body()).doesNotContain("http_server_requests_active");
    }
}
