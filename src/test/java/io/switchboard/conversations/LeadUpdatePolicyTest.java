package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.leads.Temperature;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadUpdatePolicyTest {

    @Test
    void theLatestConversationDecidesTemperatureAndScore() {
        Analysis hot = Analyses.plain(Qualification.HOT);
        var update = LeadUpdatePolicy.of(hot).orElseThrow();
        assertThat(update.temperature()).isEqualTo(Temperature.HOT);
        assertThat(update.score()).isEqualTo((int) Math.round(hot.totalScore()));
        assertThat(LeadUpdatePolicy.of(Analyses.plain(Qualification.NOT_QUALIFIED))
                        .orElseThrow()
                        .temperature())
                .isEqualTo(Temperature.COLD);
        assertThat(LeadUpdatePolicy.temperature(Qualification.WARM)).isEqualTo(Temperature.WARM);
    }

    @Test
    void aCallWithoutAConversationChangesNothing() {
        Analysis voicemail = Analyses.of(Qualification.NOT_QUALIFIED, null, true, false, false, null, List.of());
        assertThat(LeadUpdatePolicy.of(voicemail)).isEmpty();
    }
}
