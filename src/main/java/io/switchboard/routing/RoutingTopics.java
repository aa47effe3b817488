package io.switchboard.routing;

import io.switchboard.notifications.RealtimeTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The wallboard's topic, {@code routing}: agents' statuses and queues' movement (no lead data), for
 * those who may read routing. Offers reach an agent on their own {@code user:<id>}.
 */
@Configuration
class RoutingTopics {

    @Bean
    RealtimeTopic routingTopic() {
        return new RealtimeTopic("routing", "routing:read");
    }
}
