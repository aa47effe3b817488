package io.switchboard.telephony.internal.twilio;

import io.switchboard.shared.TwilioSignature;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.VoiceProviderSettings;
import io.switchboard.telephony.VoiceServer;
import io.switchboard.telephony.VoiceServerRegistry;
import io.switchboard.telephony.internal.http.ProviderHttp;
import io.switchboard.telephony.provider.OutboundCall;
import io.switchboard.telephony.provider.PlacedCall;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.telephony.provider.ProviderException;
import io.switchboard.telephony.provider.RecordingRequest;
import io.switchboard.telephony.provider.TransferTarget;
import io.switchboard.telephony.provider.VoiceProvider;
import io.switchboard.telephony.provider.WebhookReply;
import io.switchboard.telephony.provider.WebhookRequest;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Twilio Programmable Voice. An outbound call is created with the Calls API and its call flow is
 * the AI agent's: a TwiML App ({@code provider_agent_id} = {@code AP…}), a TwiML URL
 * ({@code provider_agent_id} = {@code https://…}), or else a media stream to the voice server chosen
 * for the call. Status callbacks, answering-machine results and recordings come back to the call's
 * webhook URL; an inbound call's voice request is answered with TwiML streaming it to the
 * highest-priority verified voice server.
 */
@Component
class TwilioProvider implements VoiceProvider {

    static final String DEFAULT_UNAVAILABLE = "Sorry, no one can take your call right now. Please try again later.";
    private static final Pattern APP_SID = Pattern.compile("AP[0-9a-fA-F]{32}");
    private static final Set<String> MACHINE_DETECTION = Set.of("Enable", "DetectMessageEnd");

    private final TwilioCalls calls;
    private final VoiceServerRegistry servers;
    private final VoiceProviderSettings settings;
    private final Clock clock;

    TwilioProvider(ProviderHttp http, VoiceServerRegistry servers, VoiceProviderSettings settings, Clock clock) {
        this.calls = new TwilioCalls(http);
        this.servers = servers;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.TWILIO;
    }

    @Override
    public PlacedCall place(OutboundCall call, ProviderAccount account) {
        if (call.from() == null) {
            throw new ProviderException(false, "no_caller_id", "a Twilio call needs a Twilio number to call from");
        }
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("To", List.of(call.to()));
        form.put("From", List.of(call.from()));
        callFlow(call, form);
        form.put("StatusCallback", List.of(call.callbackUrl()));
        form.put("StatusCallbackMethod", List.of("POST"));
        form.put("StatusCallbackEvent", List.of("initiated", "ringing", "answered", "completed"));
        form.put("Timeout", List.of(account.setting("ring_timeout", "30")));
        String machineDetection = account.setting("machine_detection");
        if (machineDetection != null && MACHINE_DETECTION.contains(machineDetection)) {
            form.put("MachineDetection", List.of(machineDetection));
            form.put("AsyncAmd", List.of("true"));
            form.put("AsyncAmdStatusCallback", List.of(call.callbackUrl()));
            form.put("AsyncAmdStatusCallbackMethod", List.of("POST"));
        }
        if ("true".equals(account.setting("record"))) {
            form.put("Record", List.of("true"));
            form.put("RecordingStatusCallback", List.of(call.callbackUrl()));
            form.put("RecordingStatusCallbackEvent", List.of("completed"));
        }
        JsonNode created = calls.create(account, form);
        String sid = created.path("sid").isString() ? created.path("sid").asString() : null;
        if (sid == null || sid.isBlank()) {
            throw new ProviderException(false, "provider_error", "twilio accepted the call but answered no sid");
        }
        return new PlacedCall(sid, null);
    }

    /** What Twilio runs once the callee answers: the agent's TwiML App or URL, or a media stream. */
    private static void callFlow(OutboundCall call, Map<String, List<String>> form) {
        String agentId = call.agent() == null ? null : call.agent().providerAgentId();
        if (agentId != null && APP_SID.matcher(agentId).matches()) {
            form.put("ApplicationSid", List.of(agentId));
        } else if (agentId != null && (agentId.startsWith("https://") || agentId.startsWith("http://"))) {
            form.put("Url", List.of(agentId));
            form.put("Method", List.of("POST"));
        } else if (call.voiceServerUrl() != null) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("switchboard_call_id", call.callId().toString());
            if (agentId != null) {
                parameters.put("agent_id", agentId);
            }
            form.put("Twiml", List.of(Twiml.document(Twiml.stream(call.voiceServerUrl(), parameters))));
        } else {
            throw new ProviderException(
                    false,
                    "no_call_flow",
                    "no verified voice server to stream the call to, and the agent's provider_agent_id is"
                            + " neither a TwiML App SID nor a TwiML URL");
        }
    }

    @Override
    public void hangup(String providerCallId, ProviderAccount account) {
        // "completed" ends a call in progress; a call still queued or ringing must be "canceled".
        JsonNode updated =
                calls.update(account, providerCallId, Map.of("Status", List.of("completed")), "hang up a call");
        String status =
                updated.path("status").isString() ? updated.path("status").asString() : "";
        if (status.equals("queued") || status.equals("ringing")) {
            calls.update(account, providerCallId, Map.of("Status", List.of("canceled")), "cancel a call");
        }
    }

    @Override
    public void transfer(String providerCallId, TransferTarget target, ProviderAccount account) {
        String twiml = Twiml.document(Twiml.dial(target.to(), null));
        calls.update(account, providerCallId, Map.of("Twiml", List.of(twiml)), "transfer a call");
    }

    /** The same update as a transfer, with TwiML that holds the caller (account setting {@code hold_music_url}). */
    @Override
    public void hold(String providerCallId, String message, ProviderAccount account) {
        String twiml = Twiml.document(Twiml.hold(message, account.setting("hold_music_url")));
        calls.update(account, providerCallId, Map.of("Twiml", List.of(twiml)), "hold a call");
    }

    @Override
    public boolean owns(String phoneNumber, ProviderAccount account) {
        return calls.holds(account, phoneNumber);
    }

    @Override
    public boolean verify(WebhookRequest request, ProviderAccount account) {
        return account.authToken() != null
                && TwilioSignature.verify(
                        account.authToken(),
                        request.url(),
                        request.form(),
                        request.body(),
                        request.header(TwilioSignature.HEADER));
    }

    @Override
    public List<ProviderEvent> parse(WebhookRequest request) {
        return List.of(TwilioEvents.read(request, clock.instant()));
    }

    @Override
    public WebhookReply reply(WebhookRequest request, List<ProviderEvent> events) {
        if (!isInboundVoiceRequest(request)) {
            return WebhookReply.EMPTY;
        }
        return new WebhookReply("application/xml", Twiml.document(answerInbound(request)));
    }

    /** The number's voice URL request: no callback source, a live call, and the caller calling in. */
    static boolean isInboundVoiceRequest(WebhookRequest request) {
        String status = request.field("CallStatus");
        return request.field("CallbackSource") == null
                && request.field("RecordingSid") == null
                && TwilioEvents.direction(request.field("Direction")) == CallDirection.INBOUND
                && ("ringing".equals(status) || "in-progress".equals(status) || "queued".equals(status));
    }

    private String answerInbound(WebhookRequest request) {
        Optional<VoiceServer> server = servers.best();
        if (server.isPresent()) {
            Map<String, String> parameters = new LinkedHashMap<>();
            putIfPresent(parameters, "call_sid", request.field("CallSid"));
            putIfPresent(parameters, "from", request.field("From"));
            putIfPresent(parameters, "to", request.field("To"));
            parameters.put("direction", "inbound");
            return Twiml.stream(server.get().url(), parameters);
        }
        ProviderAccount account = settings.account(ProviderKind.TWILIO);
        String fallback = account.setting("fallback_number");
        if (fallback != null && !fallback.isBlank()) {
            return Twiml.dial(fallback, null);
        }
        return Twiml.sayAndHangUp(account.setting("unavailable_message", DEFAULT_UNAVAILABLE));
    }

    private static void putIfPresent(Map<String, String> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /**
     * Twilio's recordings need the account's basic auth; its RecordingUrl has no extension, and the
     * audio is at that URL with ".mp3" (or ".wav") added.
     */
    @Override
    public RecordingRequest recording(URI url, ProviderAccount account) {
        URI api = URI.create(ProviderHttp.baseUrl(account, TwilioCalls.DEFAULT_BASE_URL));
        if (!RecordingRequest.sameOrigin(url, api)) {
            return new RecordingRequest(url, null);
        }
        String path = url.getRawPath();
        URI media = path.substring(path.lastIndexOf('/') + 1).contains(".") ? url : URI.create(url + ".mp3");
        return new RecordingRequest(
                media, ProviderHttp.basic(TwilioCalls.accountSid(account), TwilioCalls.authToken(account)));
    }
}
