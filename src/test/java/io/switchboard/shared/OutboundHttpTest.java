package io.switchboard.shared;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

class OutboundHttpTest {

    WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void failuresAreToldApartByWhetherTheOtherSideCanHaveActed() {
        OutboundHttp outbound = new OutboundHttp(RestClient.builder(), new RestTemplateBuilder());
        RestClient client = outbound.client(Duration.ofSeconds(5), Duration.ofSeconds(10));
        RestClient impatient = outbound.client(Duration.ofSeconds(5), Duration.ofSeconds(1));
        server.stubFor(get(urlEqualTo("/busy"))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Retry-After", "7")
                        .withBody("{\"error\":\"busy\"}")));
        server.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withFixedDelay(5000)));

        OutboundFailure refused =
                failure(() -> client.get().uri("http://127.0.0.1:9/").retrieve().toBodilessEntity());
        assertThat(refused.kind()).isEqualTo(OutboundFailure.Kind.UNREACHABLE);
        assertThat(refused.maybeActed()).isFalse();

        OutboundFailure slow = failure(
                () -> impatient.get().uri(server.baseUrl() + "/slow").retrieve().toBodilessEntity());
        assertThat(slow.kind()).isEqualTo(OutboundFailure.Kind.TIMED_OUT);
        assertThat(slow.maybeActed()).isTrue();

        OutboundFailure busy = failure(
                () -> client.get().uri(server.baseUrl() + "/busy").retrieve().toBodilessEntity());
        assertThat(busy.kind()).isEqualTo(OutboundFailure.Kind.ANSWERED);
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(busy.body()).isEqualTo("{\"error\":\"busy\"}");
    }

    /**
     * Clients keep the builder's observation registry: each call is timed as http.client.requests
     * by its URI template and host, and a propagating handler (what Micrometer Tracing registers
     * when tracing is on) writes its header onto the outgoing request.
     */
    @Test
    void callsAreObservedByTheirTemplateAndCarryPropagatedHeaders() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        observations.observationConfig().observationHandler(new Propagating());
        server.stubFor(
                get(urlEqualTo("/accounts/AC42/calls")).willReturn(aResponse().withStatus(200)));

        new OutboundHttp(RestClient.builder().observationRegistry(observations), new RestTemplateBuilder())
                .client(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .get()
                .uri(server.baseUrl() + "/accounts/{account}/calls", "AC42")
                .retrieve()
                .toBodilessEntity();

        assertThat(meters.get("http.client.requests")
                        .tag("uri", "/accounts/{account}/calls")
                        .tag("client.name", "localhost")
                        .tag("status", "200")
                        .timer()
                        .count())
                .isEqualTo(1);
        server.verify(getRequestedFor(urlEqualTo("/accounts/AC42/calls"))
                .withHeader("traceparent", equalTo(Propagating.TRACEPARENT)));
    }

    /** The RestOperations for libraries keeps the customizers of Boot's builder (its observations). */
    @Test
    void restOperationsAreObservedAndDoNotFollowRedirects() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        server.stubFor(get(urlEqualTo("/jwks"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", server.baseUrl() + "/elsewhere")));

        var operations = new OutboundHttp(
                        RestClient.builder(),
                        new RestTemplateBuilder(template -> template.setObservationRegistry(observations)))
                .restOperations(Duration.ofSeconds(5), Duration.ofSeconds(10));
        var answer = operations.getForEntity(server.baseUrl() + "/jwks", String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(302);
        server.verify(0, getRequestedFor(urlEqualTo("/elsewhere")));
        assertThat(meters.get("http.client.requests")
                        .tag("client.name", "localhost")
                        .tag("status", "302")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    private static OutboundFailure failure(Runnable call) {
        return OutboundFailure.of(catchThrowableOfType(RestClientException.class, call::run));
    }

    /** Writes a fixed W3C trace context the way a tracing handler propagates the current span. */
    static final class Propagating implements ObservationHandler<ClientRequestObservationContext> {

        static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        @Override
        public void onStart(ClientRequestObservationContext context) {
            context.getSetter().set(context.getCarrier(), "traceparent", TRACEPARENT);
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return context instanceof ClientRequestObservationContext;
        }
    }
}
