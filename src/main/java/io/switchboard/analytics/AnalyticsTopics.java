package io.switchboard.analytics;

import io.switchboard.notifications.RealtimeTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboards' topic, {@code analytics}: a message names the days whose figures were just rolled
 * up (no figure, no record), so any member may listen; what a dashboard then reads is checked as
 * usual (the organization's figures for {@code analytics:read}, otherwise one's own).
 */
@Configuration
public class AnalyticsTopics {

    public static final String TOPIC = "analytics";

    @Bean
    RealtimeTopic analyticsTopic() {
        return new RealtimeTopic(TOPIC, null);
    }
}
