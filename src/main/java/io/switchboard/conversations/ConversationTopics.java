package io.switchboard.conversations;

import io.switchboard.notifications.RealtimeTopic;
import io.switchboard.shared.RecordReach;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The real-time topic the module publishes to besides telephony's {@code call:<id>} and each
 * owner's {@code user:<id>}: {@code conversations}, every analysis that completes, retries or fails
 * (the managers' inbox listens to it).
 */
@Configuration(proxyBeanMethods = false)
class ConversationTopics {

    static final String CONVERSATIONS = "conversations";

    @Bean
    RealtimeTopic conversationsTopic() {
        return new RealtimeTopic(CONVERSATIONS, "calls:read", topic -> RecordReach.reachesAll(RecordReach::calls));
    }
}
