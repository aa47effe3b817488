package io.switchboard.telephony.internal.asterisk;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderException;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The Asterisk REST Interface's channels resource: originate, hang up, continue in the dialplan.
 * Authenticated with an ARI user (config {@code username}) and its password (the auth token).
 */
final class AriClient {

    static final String DEFAULT_BASE_URL = "http://localhost:8088/ari";

    private final ProviderHttp http;

    AriClient(ProviderHttp http) {
        this.http = http;
    }

    /** {@code POST /channels?endpoint=…&app=…}: answers the new channel. */
    JsonNode originate(ProviderAccount account, Map<String, String> query, Map<String, String> variables) {
        return send(account, "POST", "/channels" + query(query), Map.of("variables", variables), "originate a call");
    }

    /** {@code DELETE /channels/{channelId}}. */
    void hangup(ProviderAccount account, String channelId) {
        send(
                account,
                "DELETE",
                "/channels/" + ProviderHttp.encode(channelId) + "?reason=normal",
                null,
                "hang up a channel");
    }

    /** {@code POST /channels/{channelId}/continue}: the channel leaves the Stasis app for the dialplan. */
    void continueInDialplan(ProviderAccount account, String channelId, String context, String extension) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("context", context);
        query.put("extension", extension);
        query.put("priority", "1");
        send(
                account,
                "POST",
                "/channels/" + ProviderHttp.encode(channelId) + "/continue" + query(query),
                null,
                "continue a channel in the dialplan");
    }

    private JsonNode send(ProviderAccount account, String method, String path, @Nullable Object body, String what) {
        HttpRequest.Builder request = http.request(ProviderHttp.baseUrl(account, DEFAULT_BASE_URL) + path)
                .header(
                        "Authorization",
                        ProviderHttp.basic(
                                username(account), account.require(account.authToken(), "ARI password (auth_token)")));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, http.json(body));
        }
        return http.read(http.send(ProviderKind.ASTERISK, what, request.build()).body());
    }

    private static String query(Map<String, String> parameters) {
        return parameters.isEmpty()
                ? ""
                : "?"
                        + parameters.entrySet().stream()
                                .map(e -> ProviderHttp.encode(e.getKey()) + "=" + ProviderHttp.encode(e.getValue()))
                                .collect(Collectors.joining("&"));
    }

    static String username(ProviderAccount account) {
        String user = account.setting("username");
        if (user == null || user.isBlank()) {
            throw new ProviderException(
                    false, "provider_not_configured", "asterisk account has no config.username (ARI user)");
        }
        return user;
    }
}
