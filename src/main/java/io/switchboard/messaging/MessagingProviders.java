package io.switchboard.messaging;

import io.switchboard.messaging.internal.ProviderStore;
import io.switchboard.messaging.internal.Sender;
import io.switchboard.messaging.internal.WindowStore;
import io.switchboard.shared.InvalidInput;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's provider account per channel (the simulated provider where none is set) and
 * its messaging window.
 */
@Service
public class MessagingProviders {

    private final ProviderStore store;
    private final WindowStore window;
    private final Map<ProviderType, Sender> available;

    MessagingProviders(ProviderStore store, WindowStore window, List<Sender> senders) {
        this.store = store;
        this.window = window;
        this.available = senders.stream().collect(Collectors.toUnmodifiableMap(Sender::type, Function.identity()));
    }

    @Transactional(readOnly = true)
    public List<ProviderAccount> list() {
        return Arrays.stream(Channel.values()).map(this::of).toList();
    }

    @Transactional(readOnly = true)
    public ProviderAccount of(Channel channel) {
        return store.find(channel).orElseGet(() -> ProviderAccount.simulated(channel));
    }

    /**
     * Sets the channel's account. A kind that does not carry the channel, or that this build cannot
     * send through yet, is refused (400) rather than stored to fail every message later.
     */
    @Transactional
    public ProviderAccount put(
            Channel channel,
            ProviderType kind,
            Map<String, Object> config,
            @Nullable Map<String, Object> secrets,
            @Nullable Integer perMinute) {
        if (!kind.carries(channel)) {
            throw new InvalidInput("kind", "kind_not_for_channel", kind + " does not carry " + channel);
        }
        Sender sender = available.get(kind);
        if (sender == null) {
            throw new InvalidInput(
                    "kind",
                    "kind_not_available",
                    kind + " is not available in this version; available: "
                            + available.keySet().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .collect(Collectors.joining(", ")));
        }
        boolean secretsStored = store.find(channel)
                .filter(a -> a.kind() == kind)
                .map(ProviderAccount::secretsSet)
                .orElse(false);
        sender.check(config, secrets, secretsStored);
        return store.put(channel, kind, config, secrets, perMinute == null ? 600 : perMinute);
    }

    @Transactional(readOnly = true)
    public MessagingWindow window() {
        return window.get();
    }

    @Transactional
    public MessagingWindow setWindow(MessagingWindow hours) {
        return window.put(hours);
    }

    /** Back to the simulated provider. */
    @Transactional
    public ProviderAccount reset(Channel channel) {
        store.remove(channel);
        return ProviderAccount.simulated(channel);
    }
}
