package io.switchboard.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** One record for the module, bound from {@code switchboard}: both families keep their names. */
class JobsPropertiesTest {

    static JobsProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("switchboard", JobsProperties.class);
    }

    @Test
    void defaultsAreTheOnesTheEngineAndTheRedeliveryHad() {
        JobsProperties defaults = bind(Map.of());
        assertThat(defaults.jobs())
                .isEqualTo(new JobsProperties.Engine(
                        8, Duration.ofSeconds(2), Duration.ofSeconds(10), 6, Duration.ofSeconds(4)));
        assertThat(defaults.events())
                .isEqualTo(new JobsProperties.Events(Duration.ofSeconds(10), 10, Duration.ofSeconds(5)));
    }

    @Test
    void eachSettingIsReadUnderItsOwnName() {
        JobsProperties set = bind(Map.of(
                "switchboard.jobs.threads", "3",
                "switchboard.jobs.poll-interval", "PT0.5S",
                "switchboard.jobs.shutdown-wait", "PT2S",
                "switchboard.events.redelivery-pause", "PT1S",
                "switchboard.events.redelivery-attempts", "3",
                "switchboard.events.redelivery-interval", "PT2S"));
        assertThat(set.jobs().threads()).isEqualTo(3);
        assertThat(set.jobs().pollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(set.jobs().shutdownWait()).isEqualTo(Duration.ofSeconds(2));
        assertThat(set.events()).isEqualTo(new JobsProperties.Events(Duration.ofSeconds(1), 3, Duration.ofSeconds(2)));
    }
}
