package io.switchboard.campaigns;

import io.switchboard.notifications.RealtimeTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The real-time topic campaigns publish: {@code campaign:<id>} (funnel, counters, calls in flight). */
@Configuration
class CampaignTopics {

    @Bean
    RealtimeTopic campaignTopic() {
        return new RealtimeTopic("campaign", "campaigns:read");
    }
}
