package io.switchboard.telephony.internal.simulated;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.TelephonyProperties;
import io.switchboard.telephony.provider.OutboundCall;
import io.switchboard.telephony.provider.PlacedCall;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.telephony.provider.ProviderException;
import io.switchboard.telephony.provider.TransferTarget;
import io.switchboard.telephony.provider.VoiceProvider;
import io.switchboard.telephony.provider.WebhookRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default provider: no network, no account. It accepts a call, then behaves like a real
 * provider: asynchronous, signed status webhooks to Switchboard's own endpoint (ringing, answered,
 * no answer, busy, voicemail, failures), transfers to humans, transcripts of scripted
 * conversations, and a share of duplicate and out-of-order deliveries, as its settings say.
 */
@Component
public class SimulatedProvider implements VoiceProvider {

    private static final TypeReference<List<Scenario>> SCENARIOS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final List<Scenario> scenarios;
    private final JsonMapper json;
    private final SimulatorWebhooks webhooks;
    private final TelephonyProperties properties;
    private final Clock clock;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    SimulatedProvider(JsonMapper json, SimulatorWebhooks webhooks, TelephonyProperties properties, Clock clock)
            throws IOException {
        this.json = json;
        this.webhooks = webhooks;
        this.properties = properties;
        this.clock = clock;
        try (InputStream in = new ClassPathResource("simulator/conversations.json").getInputStream()) {
            this.scenarios = List.copyOf(json.readValue(in, SCENARIOS));
        }
    }

    /** A call the simulator is playing: what it still has to send, and where. */
    private record Running(UUID reference, String callbackUrl, String secret, List<Runnable> cancels, Instant placed) {}

    @Override
    public ProviderKind kind() {
        return ProviderKind.SIMULATED;
    }

    @Override
    public PlacedCall place(OutboundCall call, ProviderAccount account) {
        String secret = account.require(account.webhookSecret(), "webhook secret");
        SimulationSettings settings = SimulationSettings.from(account.config());
        String providerCallId = "SIM" + HexFormat.of().formatHex(randomBytes());
        String firstName =
                call.calleeName() == null ? "there" : call.calleeName().strip().split("\\s+")[0];
        CallScript.Parties parties = new CallScript.Parties(
                providerCallId,
                call.callId(),
                "outbound",
                call.from(),
                call.to(),
                firstName,
                call.agent() == null ? "Alex" : call.agent().name(),
                company(call),
                properties.publicUrl().replaceAll("/+$", ""));
        play(providerCallId, call.callId(), call.callbackUrl(), secret, settings, parties);
        return new PlacedCall(providerCallId, null);
    }

    /** Simulates a person calling one of the organization's numbers. */
    public String receive(ProviderAccount account, String from, String to, String webhookUrl) {
        String secret = account.require(account.webhookSecret(), "webhook secret");
        SimulationSettings settings = SimulationSettings.from(account.config());
        SimulationSettings answering = new SimulationSettings(
                1,
                0,
                0,
                0,
                0,
                settings.transferRate(),
                settings.duplicateRate(),
                settings.outOfOrderRate(),
                settings.ringMin(),
                settings.ringMax(),
                settings.talkMin(),
                settings.talkMax(),
                settings.speed(),
                settings.sendWebhooks());
        String providerCallId = "SIM" + HexFormat.of().formatHex(randomBytes());
        UUID reference = new UUID(0, 0);
        CallScript.Parties parties = new CallScript.Parties(
                providerCallId,
                reference,
                "inbound",
                from,
                to,
                "there",
                "Alex",
                "our team",
                properties.publicUrl().replaceAll("/+$", ""));
        play(providerCallId, reference, webhookUrl, secret, answering, parties);
        return providerCallId;
    }

    private void play(
            String providerCallId,
            UUID reference,
            String callbackUrl,
            String secret,
            SimulationSettings settings,
            CallScript.Parties parties) {
        List<CallScript.Delivery> script =
                settings.sendWebhooks() ? CallScript.of(settings, scenarios, parties, new Random(seed())) : List.of();
        Instant placed = clock.instant();
        Running call =
                new Running(reference, callbackUrl, secret, new java.util.concurrent.CopyOnWriteArrayList<>(), placed);
        running.put(providerCallId, call);
        int remaining = script.size();
        for (CallScript.Delivery delivery : script) {
            Map<String, Object> payload = new LinkedHashMap<>(delivery.payload());
            payload.put("timestamp", placed.plus(delivery.happened()).toString());
            boolean last = --remaining == 0;
            call.cancels()
                    .add(webhooks.schedule(
                            delivery.delay(), callbackUrl, secret, json.writeValueAsString(payload), () -> {
                                if (last) {
                                    running.remove(providerCallId);
                                }
                            }));
        }
    }

    @Override
    public void hangup(String providerCallId, ProviderAccount account) {
        Running call = running.remove(providerCallId);
        if (call == null) {
            throw new ProviderException(
                    false, "call_not_active", "the simulator is not playing call " + providerCallId);
        }
        call.cancels().forEach(Runnable::run);
        held.remove(providerCallId);
        end(providerCallId, call, Duration.ZERO, "canceled", "hung-up-by-switchboard");
    }

    /**
     * A transfer of a call the simulator holds bridges it: the caller and the agent talk for the
     * settings' talk time, then the agent hangs up. Any other transfer the script already ends.
     */
    @Override
    public void transfer(String providerCallId, TransferTarget target, ProviderAccount account) {
        Running call = running.get(providerCallId);
        if (call == null) {
            throw new ProviderException(
                    false, "call_not_active", "the simulator is not playing call " + providerCallId);
        }
        if (held.remove(providerCallId)) {
            SimulationSettings settings = SimulationSettings.from(account.config());
            call.cancels().forEach(Runnable::run);
            double talk = settings.talkMin()
                    + ThreadLocalRandom.current().nextDouble() * (settings.talkMax() - settings.talkMin());
            end(providerCallId, call, scaled(talk, settings), "completed", "agent-hangup");
        }
    }

    /**
     * The scripted rest of the call is dropped and the caller waits on hold; unless bridged first,
     * they hang up after {@code hold_patience_seconds} (120 by default). A call the simulator does
     * not play (its webhooks posted by hand) has nothing to hold here.
     */
    @Override
    public void hold(String providerCallId, String message, ProviderAccount account) {
        Running call = running.get(providerCallId);
        if (call == null || !held.add(providerCallId)) {
            return;
        }
        call.cancels().forEach(Runnable::run);
        SimulationSettings settings = SimulationSettings.from(account.config());
        double patience = SimulationSettings.holdPatienceSeconds(account.config());
        end(providerCallId, call, scaled(patience, settings), "completed", "caller-hung-up-on-hold");
    }

    private static Duration scaled(double seconds, SimulationSettings settings) {
        return Duration.ofMillis(Math.round(seconds * 1000 / settings.speed()));
    }

    /** The call's last status after {@code delay}, as seen from the moment it was placed. */
    private void end(String providerCallId, Running call, Duration delay, String status, String reason) {
        Instant at = clock.instant().plus(delay);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event_id", "evt_" + UUID.randomUUID());
        payload.put("type", "call.status");
        payload.put("call_id", providerCallId);
        payload.put("reference", call.reference().toString());
        payload.put("status", status);
        payload.put("hangup_reason", reason);
        if (!"canceled".equals(status)) {
            payload.put("duration_seconds", Duration.between(call.placed(), at).toSeconds());
        }
        payload.put("timestamp", at.toString());
        call.cancels()
                .add(webhooks.schedule(
                        delay, call.callbackUrl(), call.secret(), json.writeValueAsString(payload), () -> {
                            running.remove(providerCallId);
                            held.remove(providerCallId);
                        }));
    }

    /** The simulated account holds the numbers its configuration lists ({@code numbers}). */
    @Override
    public boolean owns(String phoneNumber, ProviderAccount account) {
        return account.config().get("numbers") instanceof List<?> numbers && numbers.contains(phoneNumber);
    }

    @Override
    public boolean verify(WebhookRequest request, ProviderAccount account) {
        return account.webhookSecret() != null
                && SimulatorSignature.verify(
                        account.webhookSecret(),
                        request.body(),
                        request.header(SimulatorSignature.HEADER),
                        clock.instant());
    }

    @Override
    public List<ProviderEvent> parse(WebhookRequest request) {
        Map<String, Object> payload;
        try {
            payload = json.readValue(request.body(), MAP);
        } catch (JacksonException e) {
            // Name the field and the reason (a NUL in a value stored before the edge refused it,
            // for one), never the parser's internals.
            String field = e.getPath().isEmpty() ? "" : e.getPath().getLast().getPropertyName();
            throw new IllegalArgumentException(
                    field == null || field.isEmpty()
                            ? "the body is not a JSON object"
                            : field + " " + e.getOriginalMessage());
        }
        if (payload == null) { // the body "null" reads as no map at all
            throw new IllegalArgumentException("the body is not a JSON object");
        }
        return List.of(SimulatedEvents.read(payload));
    }

    /** The scripted conversations (simulator/conversations.json). */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    public int playing() {
        return running.size();
    }

    private static String company(OutboundCall call) {
        if (call.agent() != null && call.agent().taskConfig().get("company") instanceof String company) {
            return company;
        }
        return "our team";
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static long seed() {
        return ThreadLocalRandom.current().nextLong();
    }
}
