package io.switchboard.telephony.internal.asterisk;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
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
        return send(
                account, HttpMethod.POST, "/channels", null, query, Map.of("variables", variables), "originate a call");
    }

    /** {@code DELETE /channels/{channelId}}. */
    void hangup(ProviderAccount account, String channelId) {
        send(
                account,
                HttpMethod.DELETE,
                "/channels/{channel}",
                channelId,
                Map.of("reason", "normal"),
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
                HttpMethod.POST,
                "/channels/{channel}/continue",
                channelId,
                query,
                null,
                "continue a channel in the dialplan");
    }

    /** {@code POST /channels/{channelId}/moh?mohClass=…}: music on hold; the channel stays in the Stasis app. */
    void musicOnHold(ProviderAccount account, String channelId, String mohClass) {
        send(
                account,
                HttpMethod.POST,
                "/channels/{channel}/moh",
                channelId,
                Map.of("mohClass", mohClass),
                null,
                "hold a channel");
    }

    /**
     * One request; the channel and the query values are URI variables, so the metrics see one
     * template per operation.
     */
    private JsonNode send(
            ProviderAccount account,
            HttpMethod method,
            String path,
            @Nullable String channel,
            Map<String, String> query,
            @Nullable Object body,
            String what) {
        Map<String, String> variables = new HashMap<>(query);
        if (channel != null) {
            variables.put("channel", channel);
        }
        String url = ProviderHttp.baseUrl(account, DEFAULT_BASE_URL) + path + template(query);
        String authorization = ProviderHttp.basic(
                username(account), account.require(account.authToken(), "ARI password (auth_token)"));
        var answer = http.send(ProviderKind.ASTERISK, what, client -> {
            var request = client.method(method).uri(url, variables).header(HttpHeaders.AUTHORIZATION, authorization);
            return body == null
                    ? request
                    : request.contentType(MediaType.APPLICATION_JSON).body(http.json(body));
        });
        return http.read(answer.body());
    }

    /** {@code ?name={name}&…} for the query's parameter names (fixed by the adapter, never input). */
    private static String template(Map<String, String> query) {
        return query.isEmpty()
                ? ""
                : query.keySet().stream()
                        .map(name -> name + "={" + name + "}")
                        .collect(Collectors.joining("&", "?", ""));
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
