package io.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.leads.LeadsProperties;
import io.switchboard.telephony.TelephonyProperties;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The settings that were read one by one with {@code @Value} keep their names and defaults now that
 * each module reads them from its one properties record: an operator's configuration still applies.
 */
class ModulePropertiesTest {

    static <T> T bind(String prefix, Class<T> type, Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate(prefix, type);
    }

    @Test
    void leadImportSettingsKeepTheirDefaults() {
        assertThat(bind("switchboard.leads", LeadsProperties.class, Map.of()))
                .isEqualTo(new LeadsProperties(2, 20000, 4, Duration.ofSeconds(1)));
    }

    @Test
    void leadImportSettingsKeepTheirNames() {
        assertThat(bind(
                        "switchboard.leads",
                        LeadsProperties.class,
                        Map.of(
                                "switchboard.leads.import-lanes", "3",
                                "switchboard.leads.import-batch", "7",
                                "switchboard.leads.import-runners", "5",
                                "switchboard.leads.import-poll", "PT2S")))
                .isEqualTo(new LeadsProperties(3, 7, 5, Duration.ofSeconds(2)));
    }

    @Test
    void telephonyJobAndVoiceServerSettingsKeepTheirNamesAndDefaults() {
        TelephonyProperties defaults = bind("switchboard.telephony", TelephonyProperties.class, Map.of());
        assertThat(defaults.jobsInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.purgeCron()).isEqualTo("0 17 3 * * *");
        assertThat(defaults.voiceServerCheck()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.voiceServerInitialCheck()).isEqualTo(Duration.ofSeconds(15));
        TelephonyProperties set = bind(
                "switchboard.telephony",
                TelephonyProperties.class,
                Map.of(
                        "switchboard.telephony.jobs-interval", "PT7S",
                        "switchboard.telephony.purge-cron", "0 0 4 * * *",
                        "switchboard.telephony.voice-server-check", "PT1M",
                        "switchboard.telephony.voice-server-initial-check", "PT1S"));
        assertThat(set.jobsInterval()).isEqualTo(Duration.ofSeconds(7));
        assertThat(set.purgeCron()).isEqualTo("0 0 4 * * *");
        assertThat(set.voiceServerCheck()).isEqualTo(Duration.ofMinutes(1));
        assertThat(set.voiceServerInitialCheck()).isEqualTo(Duration.ofSeconds(1));
    }
}
