package io.switchboard.telephony.internal.plivo;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.TelephonyProperties;
import io.switchboard.telephony.VoiceProviderSettings;
import io.switchboard.telephony.VoiceServer;
import io.switchboard.telephony.VoiceServerRegistry;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.internal.http.Xml;
import io.switchboard.telephony.provider.OutboundCall;
import io.switchboard.telephony.provider.PlacedCall;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.telephony.provider.ProviderException;
import io.switchboard.telephony.provider.TransferTarget;
import io.switchboard.telephony.provider.VoiceProvider;
import io.switchboard.telephony.provider.WebhookReply;
import io.switchboard.telephony.provider.WebhookRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Plivo Voice. An outbound call is made with the Call API; its ring, answer, hangup and machine
 * detection callbacks all go to the call's webhook URL. Plivo asks the answer URL what to do once
 * the callee picks up (or, inbound, when the caller rings): Switchboard answers with a bidirectional
 * {@code <Stream>} to the highest-priority verified voice server, unless the AI agent's
 * {@code provider_agent_id} is an answer URL of its own. A transfer points the caller's leg at a
 * Switchboard URL that answers with {@code <Dial>}.
 */
@Component
class PlivoProvider implements VoiceProvider {

    static final String DEFAULT_UNAVAILABLE = "Sorry, no one can take your call right now. Please try again later.";
    private static final Set<String> MACHINE_DETECTION = Set.of("true", "hangup");

    private final PlivoCalls calls;
    private final VoiceServerRegistry servers;
    private final VoiceProviderSettings settings;
    private final TelephonyProperties properties;
    private final Clock clock;

    PlivoProvider(
            ProviderHttp http,
            VoiceServerRegistry servers,
            VoiceProviderSettings settings,
            TelephonyProperties properties,
            Clock clock) {
        this.calls = new PlivoCalls(http);
        this.servers = servers;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.PLIVO;
    }

    @Override
    public PlacedCall place(OutboundCall call, ProviderAccount account) {
        if (call.from() == null) {
            throw new ProviderException(false, "no_caller_id", "a Plivo call needs a Plivo number to call from");
        }
        String agentId = call.agent() == null ? null : call.agent().providerAgentId();
        boolean ownAnswerUrl = agentId != null && (agentId.startsWith("https://") || agentId.startsWith("http://"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", call.from());
        body.put("to", call.to());
        body.put("answer_url", ownAnswerUrl ? agentId : call.callbackUrl());
        body.put("answer_method", "POST");
        body.put("ring_url", call.callbackUrl());
        body.put("ring_method", "POST");
        body.put("hangup_url", call.callbackUrl());
        body.put("hangup_method", "POST");
        body.put("ring_timeout", ringTimeout(account));
        String machineDetection = account.setting("machine_detection");
        if (machineDetection != null && MACHINE_DETECTION.contains(machineDetection)) {
            body.put("machine_detection", machineDetection);
            body.put("machine_detection_url", call.callbackUrl());
            body.put("machine_detection_method", "POST");
        }
        JsonNode answer = calls.create(account, body);
        JsonNode requestUuid = answer.path("request_uuid");
        String id = requestUuid.isArray() ? requestUuid.path(0).asString() : requestUuid.asString();
        if (id == null || id.isBlank()) {
            throw new ProviderException(
                    false, "provider_error", "plivo accepted the call but answered no request_uuid");
        }
        // The CallUUID comes with the first callback; until then the call is known by its request.
        return new PlacedCall(null, id);
    }

    private static int ringTimeout(ProviderAccount account) {
        try {
            return Integer.parseInt(account.setting("ring_timeout", "30"));
        } catch (NumberFormatException e) {
            return 30;
        }
    }

    @Override
    public void hangup(String providerCallId, ProviderAccount account) {
        calls.hangup(account, providerCallId);
    }

    @Override
    public void transfer(String providerCallId, TransferTarget target, ProviderAccount account) {
        calls.transfer(account, providerCallId, xmlUrl(account, "transfer", target.to()));
    }

    /** Like a transfer: the caller's leg fetches Switchboard's XML, here a hold in a loop. */
    @Override
    public void hold(String providerCallId, String message, ProviderAccount account) {
        calls.transfer(account, providerCallId, xmlUrl(account, "hold", message));
    }

    /** A Switchboard URL answering the XML the parameter asks for ({@link #reply}). */
    private String xmlUrl(ProviderAccount account, String parameter, String value) {
        return properties.publicUrl().replaceAll("/+$", "") + "/api/v1/webhooks/plivo?org=" + account.organizationId()
                + "&" + parameter + "=" + ProviderHttp.encode(value);
    }

    @Override
    public boolean owns(String phoneNumber, ProviderAccount account) {
        return calls.holds(account, phoneNumber);
    }

    @Override
    public boolean verify(WebhookRequest request, ProviderAccount account) {
        return account.authToken() != null && PlivoSignature.verify(account.authToken(), request);
    }

    @Override
    public List<ProviderEvent> parse(WebhookRequest request) {
        return List.of(PlivoEvents.read(request, clock.instant()));
    }

    @Override
    public WebhookReply reply(WebhookRequest request, List<ProviderEvent> events) {
        String transferTo = request.queryParameter("transfer");
        if (transferTo != null) {
            return Xml.response(PlivoXml.dial(transferTo));
        }
        String hold = request.queryParameter("hold");
        if (hold != null) {
            return Xml.response(
                    PlivoXml.hold(hold, settings.account(ProviderKind.PLIVO).setting("hold_music_url")));
        }
        if (!isAnswerRequest(request)) {
            return WebhookReply.EMPTY;
        }
        return Xml.response(answer(request));
    }

    /** The answer URL request: Plivo waits for XML telling it what to do with the live call. */
    static boolean isAnswerRequest(WebhookRequest request) {
        if (request.field("Machine") != null) {
            return false;
        }
        String event = request.field("Event");
        String status = request.field("CallStatus");
        return "StartApp".equals(event)
                || (event == null && ("ringing".equals(status) || "in-progress".equals(status)));
    }

    private String answer(WebhookRequest request) {
        Optional<VoiceServer> server = servers.best();
        if (server.isPresent()) {
            Map<String, String> headers = new LinkedHashMap<>();
            putIfPresent(headers, "switchboardCallId", request.queryParameter("call"));
            putIfPresent(headers, "callUuid", request.field("CallUUID"));
            putIfPresent(headers, "direction", request.field("Direction"));
            return PlivoXml.stream(server.get().url(), headers);
        }
        ProviderAccount account = settings.account(ProviderKind.PLIVO);
        String fallback = account.setting("fallback_number");
        if (fallback != null && !fallback.isBlank()) {
            return PlivoXml.dial(fallback);
        }
        return PlivoXml.speakAndHangUp(account.setting("unavailable_message", DEFAULT_UNAVAILABLE));
    }

    private static void putIfPresent(Map<String, String> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
