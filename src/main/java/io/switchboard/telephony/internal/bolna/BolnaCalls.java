package io.switchboard.telephony.internal.bolna;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.ProviderAccount;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Bolna's API: place a call with an agent, stop a queued one, list the account's numbers. Bearer API key. */
final class BolnaCalls {

    static final String DEFAULT_BASE_URL = "https://api.bolna.ai";

    private final ProviderHttp http;

    BolnaCalls(ProviderHttp http) {
        this.http = http;
    }

    /** {@code POST /call}: answers {@code {"message": "done", "status": "queued", "execution_id": …}}. */
    JsonNode call(ProviderAccount account, Map<String, Object> body) {
        return send(account, "/call", null, body, "place a call");
    }

    /** {@code POST /call/{execution_id}/stop}: Bolna stops a queued or scheduled call only. */
    void stop(ProviderAccount account, String executionId) {
        send(account, "/call/{execution}/stop", executionId, null, "stop a call");
    }

    /** {@code GET /phone-numbers/all}: whether the account's numbers include this one. */
    boolean holds(ProviderAccount account, String phoneNumber) {
        var answer = http.send(ProviderKind.BOLNA, "list phone numbers", client -> client.get()
                .uri(ProviderHttp.baseUrl(account, DEFAULT_BASE_URL) + "/phone-numbers/all")
                .header(HttpHeaders.AUTHORIZATION, bearer(account)));
        return ProviderHttp.lists(http.read(answer.body()), phoneNumber);
    }

    private JsonNode send(
            ProviderAccount account, String path, @Nullable String value, @Nullable Object body, String what) {
        String url = ProviderHttp.baseUrl(account, DEFAULT_BASE_URL) + path;
        Object[] variables = value == null ? new Object[0] : new Object[] {value};
        var answer = http.send(ProviderKind.BOLNA, what, client -> {
            var request = client.post()
                    .uri(url, variables)
                    .header(HttpHeaders.AUTHORIZATION, bearer(account))
                    .contentType(MediaType.APPLICATION_JSON);
            return body == null ? request : request.body(http.json(body));
        });
        return http.read(answer.body());
    }

    private static String bearer(ProviderAccount account) {
        return "Bearer " + account.require(account.authToken(), "API key (auth_token)");
    }
}
