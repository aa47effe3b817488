package io.switchboard.telephony.internal.plivo;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderException;
import java.net.http.HttpRequest;
import java.util.Map;
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
        return send(account, calls(account), "POST", body, "make a call");
    }

    /** {@code DELETE /v1/Account/{auth_id}/Call/{call_uuid}/}. */
    void hangup(ProviderAccount account, String callUuid) {
        send(account, calls(account) + ProviderHttp.encode(callUuid) + "/", "DELETE", null, "hang up a call");
    }

    /** {@code POST /v1/Account/{auth_id}/Call/{call_uuid}/} with {@code legs=aleg}: the caller's leg fetches new XML. */
    void transfer(ProviderAccount account, String callUuid, String xmlUrl) {
        send(
                account,
                calls(account) + ProviderHttp.encode(callUuid) + "/",
                "POST",
                Map.of("legs", "aleg", "aleg_url", xmlUrl, "aleg_method", "POST"),
                "transfer a call");
    }

    /** {@code GET /v1/Account/{auth_id}/Number/{number}/}: found only when the account rents the number. */
    boolean holds(ProviderAccount account, String phoneNumber) {
        String url = ProviderHttp.baseUrl(account, DEFAULT_BASE_URL) + "/v1/Account/"
                + ProviderHttp.encode(authId(account)) + "/Number/" + ProviderHttp.encode(phoneNumber.substring(1))
                + "/";
        try {
            send(account, url, "GET", null, "look up a number");
            return true;
        } catch (ProviderException e) {
            if ("provider_not_found".equals(e.code())) {
                return false;
            }
            throw e;
        }
    }

    private JsonNode send(ProviderAccount account, String url, String method, Object body, String what) {
        HttpRequest.Builder request = http.request(url)
                .header(
                        "Authorization",
                        ProviderHttp.basic(authId(account), account.require(account.authToken(), "auth token")));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, http.json(body));
        }
        return http.read(http.send(ProviderKind.PLIVO, what, request.build()).body());
    }

    private static String calls(ProviderAccount account) {
        return ProviderHttp.baseUrl(account, DEFAULT_BASE_URL) + "/v1/Account/" + ProviderHttp.encode(authId(account))
                + "/Call/";
    }

    static String authId(ProviderAccount account) {
        String id = account.setting("auth_id");
        if (id == null || id.isBlank()) {
            throw new ProviderException(false, "provider_not_configured", "plivo account has no config.auth_id");
        }
        return id;
    }
}
