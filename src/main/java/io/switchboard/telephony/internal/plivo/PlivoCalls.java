package io.switchboard.telephony.internal.plivo;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Plivo's API (v1): make a call, hang up a live call, transfer a live call, look up a rented number. JSON requests,
 * authenticated with the Auth ID and Auth Token (HTTP Basic).
 */
final class PlivoCalls {

    static final String DEFAULT_BASE_URL = "https://api.plivo.com";

    private final ProviderHttp http;

    PlivoCalls(ProviderHttp http) {
        this.http = http;
    }

    /** {@code POST /v1/Account/{auth_id}/Call/}: answers {@code request_uuid} ("call fired"). */
    JsonNode create(ProviderAccount account, Map<String, Object> body) {
        return send(account, HttpMethod.POST, "/Call/", null, body, "make a call");
    }

    /** {@code DELETE /v1/Account/{auth_id}/Call/{call_uuid}/}. */
    void hangup(ProviderAccount account, String callUuid) {
        send(account, HttpMethod.DELETE, "/Call/{call}/", callUuid, null, "hang up a call");
    }

    /** {@code POST /v1/Account/{auth_id}/Call/{call_uuid}/} with {@code legs=aleg}: the caller's leg fetches new XML. */
    void transfer(ProviderAccount account, String callUuid, String xmlUrl) {
        send(
                account,
                HttpMethod.POST,
                "/Call/{call}/",
                callUuid,
                Map.of("legs", "aleg", "aleg_url", xmlUrl, "aleg_method", "POST"),
                "transfer a call");
    }

    /** {@code GET /v1/Account/{auth_id}/Number/{number}/}: found only when the account rents the number. */
    boolean holds(ProviderAccount account, String phoneNumber) {
        try {
            send(account, HttpMethod.GET, "/Number/{number}/", phoneNumber.substring(1), null, "look up a number");
            return true;
        } catch (ProviderException e) {
            if ("provider_not_found".equals(e.code())) {
                return false;
            }
            throw e;
        }
    }

    /** One request under the account; {@code path} may hold one variable, {@code value}. */
    private JsonNode send(
            ProviderAccount account,
            HttpMethod method,
            String path,
            @Nullable String value,
            @Nullable Object body,
            String what) {
        String url = ProviderHttp.baseUrl(account, DEFAULT_BASE_URL) + "/v1/Account/{account}" + path;
        Object[] variables = value == null ? new Object[] {authId(account)} : new Object[] {authId(account), value};
        String authorization = ProviderHttp.basic(authId(account), account.require(account.authToken(), "auth token"));
        var answer = http.send(ProviderKind.PLIVO, what, client -> {
            var request = client.method(method).uri(url, variables).header(HttpHeaders.AUTHORIZATION, authorization);
            return body == null
                    ? request
                    : request.contentType(MediaType.APPLICATION_JSON).body(http.json(body));
        });
        return http.read(answer.body());
    }

    static String authId(ProviderAccount account) {
        String id = account.setting("auth_id");
        if (id == null || id.isBlank()) {
            throw new ProviderException(false, "provider_not_configured", "plivo account has no config.auth_id");
        }
        return id;
    }
}
