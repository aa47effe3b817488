package io.switchboard.telephony.internal;

import io.switchboard.db.tables.records.CallsRecord;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.NotFound;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.LiveCalls.Outcome;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.VoiceProviderSettings;
import io.switchboard.telephony.internal.webhooks.CallProgress;
import io.switchboard.telephony.provider.ProviderAccount;
import io.switchboard.telephony.provider.ProviderEvent;
import io.switchboard.telephony.provider.ProviderException;
import io.switchboard.telephony.provider.TransferTarget;
import io.switchboard.telephony.provider.VoiceProvider;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link io.switchboard.telephony.LiveCalls}' work on the call rows: the provider is asked outside
 * any transaction (it may take seconds), then what was done is recorded on the call's events.
 */
@Component
public class LiveCallControl {

    /** A transfer target naming a routing queue ({@code queue:<id>}): nothing to dial. */
    private static final String QUEUE_PREFIX = "queue:";

    private final Calls calls;
    private final CallProgress progress;
    private final VoiceProviders providers;
    private final VoiceProviderSettings settings;
    private final TransactionTemplate tx;

    LiveCallControl(
            Calls calls,
            CallProgress progress,
            VoiceProviders providers,
            VoiceProviderSettings settings,
            TransactionTemplate tx) {
        this.calls = calls;
        this.progress = progress;
        this.providers = providers;
        this.settings = settings;
        this.tx = tx;
    }

    public Call transfer(CallId id, TransferTarget target) {
        CallsRecord call = tx.execute(status -> calls.find(id).orElseThrow(() -> new NotFound("call", id)));
        if (CallStatus.fromCode(call.getStatus()) != CallStatus.IN_PROGRESS || call.getProviderCallId() == null) {
            throw new Conflict("call_not_in_progress", "only a call in progress can be transferred");
        }
        if (!target.to().startsWith(QUEUE_PREFIX)) {
            ProviderKind kind = ProviderKind.fromCode(call.getProvider());
            providers.get(kind).transfer(call.getProviderCallId(), target, tx.execute(s -> settings.account(kind)));
        }
        return tx.execute(status -> {
            CallsRecord locked = calls.lock(id).orElseThrow();
            progress.apply(
                    locked,
                    ProviderEvent.builder("user:transfer:" + id, Instant.now())
                            .transfer(new ProviderEvent.Transfer(
                                    target.type(), target.reason(), target.department(), target.to()))
                            .build(),
                    "user",
                    null);
            return calls.toCall(locked);
        });
    }

    public Outcome hold(CallId id, String message) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", "hold");
        details.put("reason", message);
        return act(id, details, (provider, call) -> provider.hold(call.providerCallId(), message, call.account()));
    }

    public Outcome bridge(CallId id, TransferTarget target) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", "bridge");
        details.put("type", target.type().toString());
        if (target.reason() != null) {
            details.put("reason", target.reason());
        }
        return act(id, details, (provider, call) -> provider.transfer(call.providerCallId(), target, call.account()));
    }

    private record Live(String providerCallId, ProviderAccount account) {}

    private Outcome act(CallId id, Map<String, Object> details, BiConsumer<VoiceProvider, Live> request) {
        CallsRecord call = tx.execute(status -> calls.find(id).orElse(null));
        if (call == null) {
            return new Outcome.Refused("call_not_found", "the call does not exist");
        }
        if (CallStatus.fromCode(call.getStatus()).isTerminal()) {
            return new Outcome.Ended();
        }
        if (call.getProviderCallId() == null) {
            return new Outcome.Refused("call_not_connected", "the provider has not connected the call yet");
        }
        ProviderKind kind = ProviderKind.fromCode(call.getProvider());
        try {
            request.accept(
                    providers.get(kind), new Live(call.getProviderCallId(), tx.execute(s -> settings.account(kind))));
        } catch (ProviderException e) {
            if (e.retryable()) {
                return new Outcome.Unreachable(e.getMessage());
            }
            return ended(id) ? new Outcome.Ended() : new Outcome.Refused(e.code(), e.getMessage());
        }
        tx.executeWithoutResult(status -> calls.recordEvent(
                new Calls.NewEvent(id, "transfer", null, true, "system", Instant.now(), null, details)));
        return new Outcome.Done();
    }

    /** Whether the call ended meanwhile (a provider refuses to move a line that is gone). */
    private boolean ended(CallId id) {
        @Nullable CallsRecord now = tx.execute(status -> calls.find(id).orElse(null));
        return now != null && CallStatus.fromCode(now.getStatus()).isTerminal();
    }
}
