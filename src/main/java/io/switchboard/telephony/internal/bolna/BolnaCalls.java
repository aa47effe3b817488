package io.switchboard.telephony.internal.bolna;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.ProviderAccount;
import java.net.http.HttpRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
        return send(account, "/call", body, "place a call");
    }

    /** {@code POST /call/{execution_id}/stop}: Bolna stops a queued or scheduled call only. */
    void stop(ProviderAccount account, String executionId) {
        send(account, "/call/" + ProviderHttp.encode(executionId) + "/stop", null, "stop a call");
    }

    /** {@code GET /phone-numbers/all}: whether the account's numbers include this one. */
    boolean holds(ProviderAccount account, String phoneNumber) {
        HttpRequest request = http.request(ProviderHttp.baseUrl(account, DEFAULT_BASE_URL) + "/phone-numbers/all")
                .header("Authorization", "Bearer " + account.require(account.authToken(), "API key (auth_token)"))
                .GET()
                .build();
        return ProviderHttp.lists(
                http.read(http.send(ProviderKind.BOLNA, "list phone numbers", request)
                        .body()),
                phoneNumber);
    }

    private JsonNode send(ProviderAccount account, String path, @Nullable Object body, String what) {
        HttpRequest request = http.request(ProviderHttp.baseUrl(account, DEFAULT_BASE_URL) + path)
                .header("Authorization", "Bearer " + account.require(account.authToken(), "API key (auth_token)"))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : http.json(body))
                .build();
        return http.read(http.send(ProviderKind.BOLNA, what, request).body());
    }
}
