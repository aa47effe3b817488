package io.switchboard.telephony.internal;

import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.provider.ProviderException;
import io.switchboard.telephony.provider.VoiceProvider;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The provider adapters present in this build, by kind. */
@Component
public class VoiceProviders {

    private final Map<ProviderKind, VoiceProvider> adapters = new EnumMap<>(ProviderKind.class);

    VoiceProviders(List<VoiceProvider> adapters) {
        adapters.forEach(a -> this.adapters.put(a.kind(), a));
    }

    public VoiceProvider get(ProviderKind kind) {
        VoiceProvider adapter = adapters.get(kind);
        if (adapter == null) {
            throw new ProviderException(false, "provider_not_available", "no " + kind + " adapter in this build");
        }
        return adapter;
    }

    public boolean has(ProviderKind kind) {
        return adapters.containsKey(kind);
    }
}
