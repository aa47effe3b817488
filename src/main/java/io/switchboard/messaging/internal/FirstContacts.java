package io.switchboard.messaging.internal;

import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.leads.LeadCreated;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.LeadTimeline;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.Communications;
import io.switchboard.messaging.FirstContact;
import io.switchboard.messaging.Labels;
import io.switchboard.messaging.Messaging;
import io.switchboard.messaging.MessagingFirstContact;
import io.switchboard.messaging.SendMessage;
import io.switchboard.messaging.TemplateId;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Problem;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * First contact with a lead that arrived: when it is due, the lead gets the organization's template
 * unless someone called or messaged it since it arrived. A message the send policy refuses is not
 * sent, and the lead's timeline says why; so does a first contact left out because someone was
 * quicker. Runs as the job {@code messaging.first-contact}, outside a transaction: the send is its
 * own transaction, so a refusal does not undo the line that records it.
 */
@Component
public class FirstContacts {

    private static final Logger log = LoggerFactory.getLogger(FirstContacts.class);

    /** Leads that did not just arrive: a list imported, or a caller already on the phone. */
    private static final Set<LeadSource> NOT_ARRIVALS = Set.of(LeadSource.CSV_UPLOAD, LeadSource.INBOUND_CALL);

    public record Due(UUID leadId) {}

    private final MessagingFirstContact settings;
    private final Communications communications;
    private final Messaging messaging;
    private final LeadTimeline timeline;
    private final Clock clock;

    FirstContacts(
            MessagingFirstContact settings,
            Communications communications,
            Messaging messaging,
            LeadTimeline timeline,
            Clock clock) {
        this.settings = settings;
        this.communications = communications;
        this.messaging = messaging;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The setting in force for a lead that just arrived, or none when it gets no first contact. */
    public Optional<FirstContact> forArrival(LeadCreated event) {
        FirstContact setting = settings.get();
        return setting.enabled() && !NOT_ARRIVALS.contains(event.source()) ? Optional.of(setting) : Optional.empty();
    }

    public void due(Due due) {
        LeadId lead = LeadId.of(due.leadId());
        FirstContact setting = settings.get();
        Channel channel = setting.channel();
        if (!setting.enabled() || channel == null) {
            return; // switched off since the lead arrived
        }
        if (communications.anyWith(lead)) {
            note(lead, "First contact not sent: the lead was already called or messaged", "already_contacted");
            return;
        }
        send(lead, channel, setting.templateId());
    }

    private void send(LeadId lead, Channel channel, @Nullable TemplateId template) {
        try {
            messaging.send(
                    new SendMessage(lead, channel, template, null, null, Map.of(), ConsentPurpose.MARKETING, null),
                    null);
        } catch (NotFound gone) {
            // the lead was erased since it arrived: nobody to contact, nothing to note
        } catch (Problem refused) {
            log.info("First contact of lead {} refused: {}", lead.value(), refused.code());
            note(lead, "First contact by " + Labels.of(channel) + " not sent: " + refused.detail(), refused.code());
        }
    }

    private void note(LeadId lead, String summary, String code) {
        timeline.recordMessage(lead, null, summary, Map.of("first_contact", code), clock.instant());
    }
}
