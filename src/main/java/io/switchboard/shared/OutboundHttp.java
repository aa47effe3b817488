package io.switchboard.shared;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestOperations;

/**
 * The one way Switchboard calls other services over HTTP: provider APIs, language model endpoints,
 * sign-in providers, the simulator's webhooks. Every client starts from the builder Spring Boot
 * configures, so each call is observed (the {@code http.client.requests} metric, tagged with the
 * URI template and the host, and trace propagation when tracing is on), and runs on the JDK
 * HttpClient with the connect and read timeouts its use calls for. Redirects are never followed: a
 * provider that answers 3xx is answered as such, and credentials never travel to a host nobody
 * configured. Failures are read with {@link OutboundFailure}, so every module tells "never sent"
 * from "sent, no answer" the same way.
 *
 * <p>Give URIs as templates with variables ({@code "/Accounts/{sid}/Calls.json", sid}): the template
 * is the metric's {@code uri} tag, so ids in the path do not make a time series each.
 */
@Component
public class OutboundHttp {

    private final RestClient.Builder builder;
    private final RestTemplateBuilder templates;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public OutboundHttp(RestClient.Builder builder, RestTemplateBuilder templates) {
        this.builder = builder;
        this.templates = templates;
    }

    /** A builder to customise further (message converters, error handlers) before building. */
    public RestClient.Builder builder(Duration connectTimeout, Duration readTimeout) {
        return builder.clone().requestFactory(jdk().build(settings(connectTimeout, readTimeout)));
    }

    /**
     * The same, for a library that only takes a {@link RestOperations} (the JWT decoder fetching a
     * sign-in provider's keys): observed by the builder Spring Boot configures for it.
     */
    public RestOperations restOperations(Duration connectTimeout, Duration readTimeout) {
        return templates
                .requestFactoryBuilder(jdk())
                .clientSettings(settings(connectTimeout, readTimeout))
                .build();
    }

    private JdkClientHttpRequestFactoryBuilder jdk() {
        return ClientHttpRequestFactoryBuilder.jdk().withExecutor(executor);
    }

    private static HttpClientSettings settings(Duration connectTimeout, Duration readTimeout) {
        return HttpClientSettings.defaults()
                .withTimeouts(connectTimeout, readTimeout)
                .withRedirects(HttpRedirects.DONT_FOLLOW);
    }

    /**
     * A client for one use.
     *
     * @param connectTimeout how long to wait for the connection (nothing was sent when it runs out)
     * @param readTimeout how long to wait for the answer once the request is sent
     */
    public RestClient client(Duration connectTimeout, Duration readTimeout) {
        return builder(connectTimeout, readTimeout).build();
    }
}
