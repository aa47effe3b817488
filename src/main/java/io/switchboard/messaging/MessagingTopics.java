package io.switchboard.messaging;

import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.notifications.RealtimeTopic;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.RecordReach;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The real-time topic messaging publishes: {@code lead-messages:<lead id>}, a message of the lead
 * stored or its status moved, so the lead page's conversation refreshes itself.
 */
@Configuration
class MessagingTopics {

    /** A lead's stream: for those who reach the lead (a lead out of reach does not exist for them). */
    @Bean
    RealtimeTopic leadMessagesTopic(ObjectProvider<LeadManagement> leads) {
        return new RealtimeTopic(
                LeadMessagesTopic.FAMILY,
                "messages:read",
                topic -> RecordReach.reachesAll(RecordReach::leads) || reaches(leads.getObject(), topic));
    }

    private static boolean reaches(LeadManagement leads, String topic) {
        try {
            leads.get(LeadId.of(UUID.fromString(topic.substring(topic.indexOf(':') + 1))));
            return true;
        } catch (NotFound | IllegalArgumentException e) {
            return false;
        }
    }
}
