package io.switchboard.telephony;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentConfigPolicyTest {

    @Test
    void knownKeysAreChecked() {
        assertThatThrownBy(() -> AgentConfigPolicy.voice(Map.of("speed", 3)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("voice_config.speed");
        assertThatThrownBy(() -> AgentConfigPolicy.llm(Map.of("temperature", "hot")))
                .hasMessageContaining("llm_config.temperature");
        assertThatThrownBy(() -> AgentConfigPolicy.task(Map.of("transfer_number", "555-0100")))
                .hasMessageContaining("E.164");
        assertThatThrownBy(() -> AgentConfigPolicy.voice(Map.of("language", "English")))
                .hasMessageContaining("language tag");
        assertThatThrownBy(() -> AgentConfigPolicy.llm(Map.of("system_prompt", 42)))
                .hasMessageContaining("must be text");
    }

    @Test
    void validAndProviderSpecificKeysPass() {
        assertThatCode(() ->
                        AgentConfigPolicy.voice(Map.of("voice", "en-US-female", "speed", 1.2, "language", "hi-IN")))
                .doesNotThrowAnyException();
        assertThatCode(() -> AgentConfigPolicy.task(Map.of(
                        "transfer_number", "+14155550100", "max_duration_seconds", 600, "provider_specific", Map.of())))
                .doesNotThrowAnyException();
    }
}
