package io.switchboard.telephony.internal.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulationSettingsTest {

    @Test
    void defaultsFillWhatIsNotSet() {
        SimulationSettings settings = SimulationSettings.from(Map.of("answer_rate", 1, "talk_seconds", List.of(3, 4)));

        assertThat(settings.answerRate()).isEqualTo(1);
        assertThat(settings.noAnswerRate()).isEqualTo(SimulationSettings.DEFAULTS.noAnswerRate());
        assertThat(settings.talkMin()).isEqualTo(3);
        assertThat(SimulationSettings.from(settings.toConfig())).isEqualTo(settings);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> SimulationSettings.from(Map.of("answer_rate", 2)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("config.answer_rate");
        assertThatThrownBy(() -> SimulationSettings.from(Map.of("talk_seconds", List.of(9, 3))))
                .hasMessageContaining("config.talk_seconds");
        assertThatThrownBy(() -> SimulationSettings.from(Map.of(
                        "answer_rate", 0, "no_answer_rate", 0, "busy_rate", 0, "voicemail_rate", 0, "failure_rate", 0)))
                .hasMessageContaining("at least one outcome");
    }
}
