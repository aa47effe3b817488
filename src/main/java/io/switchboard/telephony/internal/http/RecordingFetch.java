package io.switchboard.telephony.internal.http;

import io.switchboard.shared.OutboundHttp;
import io.switchboard.telephony.TelephonyProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Fetches a recording's audio from its provider, with the account's credentials and the player's
 * byte range, and hands back the open answer to stream on (the caller closes it).
 */
@Component
public class RecordingFetch {

    /** Media takes longer than an API answer: a minute to read. */
    private static final Duration READ = Duration.ofMinutes(1);

    private final RestClient client;

    RecordingFetch(TelephonyProperties properties, OutboundHttp outbound) {
        this.client = outbound.builder(properties.providerTimeout(), READ).build();
    }

    /** The provider's answer as it came: status, the headers a player needs, and the open body. */
    public record Media(int status, HttpHeaders headers, InputStream body, ClientHttpResponse response) {}

    public Media get(URI url, @Nullable String authorization, @Nullable String range) {
        return client.get()
                .uri(url)
                .headers(h -> {
                    if (authorization != null) {
                        h.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                    if (range != null) {
                        h.set(HttpHeaders.RANGE, range);
                    }
                })
                .exchange(
                        (request, response) -> {
                            try {
                                return new Media(
                                        response.getStatusCode().value(),
                                        response.getHeaders(),
                                        response.getBody(),
                                        response);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        false);
    }
}
