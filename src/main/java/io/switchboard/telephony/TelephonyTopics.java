package io.switchboard.telephony;

import io.switchboard.notifications.RealtimeTopic;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.RecordReach;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The real-time topics telephony publishes: {@code calls} (every call: only for those who reach all
 * calls) and {@code call:<id>}.
 */
@Configuration
class TelephonyTopics {

    @Bean
    RealtimeTopic callsTopic() {
        return new RealtimeTopic("calls", "calls:read", topic -> RecordReach.reachesAll(RecordReach::calls));
    }

    /** A call's own stream: for those who reach the call (a call out of reach does not exist for them). */
    @Bean
    RealtimeTopic callTopic(ObjectProvider<CallManagement> calls) {
        return new RealtimeTopic(
                "call",
                "calls:read",
                topic -> RecordReach.reachesAll(RecordReach::calls) || reaches(calls.getObject(), topic));
    }

    private static boolean reaches(CallManagement calls, String topic) {
        try {
            calls.get(CallId.of(UUID.fromString(topic.substring(topic.indexOf(':') + 1))));
            return true;
        } catch (NotFound | IllegalArgumentException e) {
            return false;
        }
    }
}
