package io.switchboard.telephony.internal.twilio;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderException;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Twilio's REST API 2010-04-01: create a call, update one in progress, look up an incoming number. Requests
 * are form-encoded and authenticated with the account SID and auth token (HTTP Basic).
 */
final class TwilioCalls {

    static final String DEFAULT_BASE_URL = "https://api.twilio.com";

    private final ProviderHttp http;

    TwilioCalls(ProviderHttp http) {
        this.http = http;
    }

    /** {@code POST /2010-04-01/Accounts/{AccountSid}/Calls.json}: answers the call resource (sid, status). */
    JsonNode create(ProviderAccount account, Map<String, List<String>> form) {
        return post(account, calls(account) + ".json", form, "create a call");
    }

    /** {@code POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json}: hang up, cancel or redirect. */
    JsonNode update(ProviderAccount account, String callSid, Map<String, List<String>> form, String what) {
        return post(account, calls(account) + "/" + ProviderHttp.encode(callSid) + ".json", form, what);
    }

    /** {@code GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json?PhoneNumber=…}: the account's number, if it has it. */
    boolean holds(ProviderAccount account, String phoneNumber) {
        String url = ProviderHttp.baseUrl(account, DEFAULT_BASE_URL) + "/2010-04-01/Accounts/"
                + ProviderHttp.encode(accountSid(account)) + "/IncomingPhoneNumbers.json?PhoneNumber="
                + ProviderHttp.encode(phoneNumber);
        HttpRequest request = http.request(url)
                .header("Authorization", ProviderHttp.basic(accountSid(account), authToken(account)))
                .GET()
                .build();
        JsonNode found = http.read(
                http.send(ProviderKind.TWILIO, "look up a number", request).body());
        return ProviderHttp.lists(found.path("incoming_phone_numbers"), phoneNumber);
    }

    private JsonNode post(ProviderAccount account, String url, Map<String, List<String>> form, String what) {
        HttpRequest request = http.request(url)
                .header("Authorization", ProviderHttp.basic(accountSid(account), authToken(account)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(ProviderHttp.form(form)))
                .build();
        return http.read(http.send(ProviderKind.TWILIO, what, request).body());
    }

    private static String calls(ProviderAccount account) {
        return ProviderHttp.baseUrl(account, DEFAULT_BASE_URL) + "/2010-04-01/Accounts/"
                + ProviderHttp.encode(accountSid(account)) + "/Calls";
    }

    static String accountSid(ProviderAccount account) {
        String sid = account.setting("account_sid");
        if (sid == null || sid.isBlank()) {
            throw new ProviderException(false, "provider_not_configured", "twilio account has no config.account_sid");
        }
        return sid;
    }

    static String authToken(ProviderAccount account) {
        return account.require(account.authToken(), "auth token");
    }
}
