package io.switchboard.messaging.internal;

import io.switchboard.leads.LeadId;
import io.switchboard.messaging.LeadMessagesTopic;
import io.switchboard.notifications.RealtimeHub;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells the lead page that one of the lead's messages was stored or moved: the hub sends it once
 * the transaction commits, so a page never shows a status that was rolled back.
 */
@Component
class MessageFeed {

    private final RealtimeHub hub;

    MessageFeed(RealtimeHub hub) {
        this.hub = hub;
    }

    void changed(UUID organization, UUID lead, UUID message, String status) {
        hub.publish(
                organization,
                LeadMessagesTopic.of(LeadId.of(lead)),
                "message.status",
                Map.of("message_id", message, "status", status));
    }
}
