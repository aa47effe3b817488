package io.switchboard.telephony.internal.twilio;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
        return post(account, "/Calls.json", null, form, "create a call");
    }

    /** {@code POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json}: hang up, cancel or redirect. */
    JsonNode update(ProviderAccount account, String callSid, Map<String, List<String>> form, String what) {
        return post(account, "/Calls/{call}.json", callSid, form, what);
    }

    /** {@code GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json?PhoneNumber=…}: the account's number, if it has it. */
    boolean holds(ProviderAccount account, String phoneNumber) {
        var answer = http.send(ProviderKind.TWILIO, "look up a number", client -> client.get()
                .uri(
                        accountUrl(account) + "/IncomingPhoneNumbers.json?PhoneNumber={number}",
                        accountSid(account),
                        phoneNumber)
                .header(HttpHeaders.AUTHORIZATION, ProviderHttp.basic(accountSid(account), authToken(account))));
        return ProviderHttp.lists(http.read(answer.body()).path("incoming_phone_numbers"), phoneNumber);
    }

    private JsonNode post(
            ProviderAccount account,
            String path,
            @Nullable String callSid,
            Map<String, List<String>> form,
            String what) {
        Object[] variables =
                callSid == null ? new Object[] {accountSid(account)} : new Object[] {accountSid(account), callSid};
        var answer = http.send(ProviderKind.TWILIO, what, client -> client.post()
                .uri(accountUrl(account) + path, variables)
                .header(HttpHeaders.AUTHORIZATION, ProviderHttp.basic(accountSid(account), authToken(account)))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                // Bytes: a String body would get a charset parameter Twilio never asked for.
                .body(ProviderHttp.form(form).getBytes(StandardCharsets.UTF_8)));
        return http.read(answer.body());
    }

    /** The account's resources as a URI template whose one variable is the account SID. */
    private static String accountUrl(ProviderAccount account) {
        return ProviderHttp.baseUrl(account, DEFAULT_BASE_URL) + "/2010-04-01/Accounts/{account}";
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
