package io.switchboard.telephony;

import io.switchboard.notifications.RealtimeTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The real-time topics telephony publishes: {@code calls} (every call) and {@code call:<id>}. */
@Configuration
class TelephonyTopics {

    @Bean
    RealtimeTopic callsTopic() {
        return new RealtimeTopic("calls", "calls:read");
    }

    @Bean
    RealtimeTopic callTopic() {
        return new RealtimeTopic("call", "calls:read");
    }
}
