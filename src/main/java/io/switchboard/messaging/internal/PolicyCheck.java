package io.switchboard.messaging.internal;

import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.Consents;
import io.switchboard.compliance.DoNotCall;
import io.switchboard.leads.Lead;
import io.switchboard.messaging.Approval;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessagingWindow;
import io.switchboard.messaging.Refusal;
import io.switchboard.messaging.SendPolicy;
import io.switchboard.tenancy.OrganizationManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gathers the facts {@link SendPolicy} decides on, when a message is accepted and again when it
 * leaves (a scheduled message may meet an opt-out that came in meanwhile).
 */
@Component
public class PolicyCheck {

    private final OptOuts optOuts;
    private final MessageStore messages;
    private final WindowStore window;
    private final Consents consents;
    private final DoNotCall doNotCall;
    private final OrganizationManagement organizations;
    private final Clock clock;

    PolicyCheck(
            OptOuts optOuts,
            MessageStore messages,
            WindowStore window,
            Consents consents,
            DoNotCall doNotCall,
            OrganizationManagement organizations,
            Clock clock) {
        this.optOuts = optOuts;
        this.messages = messages;
        this.window = window;
        this.consents = consents;
        this.doNotCall = doNotCall;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Why the message must not go to the lead at {@code at} (now when null), if it must not. */
    public Optional<Refusal> refusal(
            Lead lead,
            Channel channel,
            String recipient,
            ConsentPurpose purpose,
            @Nullable Approval template,
            @Nullable Instant at) {
        if (!channel.reachesLead()) {
            return Optional.empty();
        }
        MessagingWindow hours = window.get();
        return SendPolicy.check(new SendPolicy.Facts(
                channel,
                optOuts.isOptedOut(channel, recipient),
                channel != Channel.EMAIL && doNotCall.isListed(recipient),
                channel.consent() != null && consents.hasConsent(lead.id(), channel.consent(), purpose),
                template,
                messages.lastInbound(lead.id(), channel).orElse(null),
                zone(lead),
                hours.startMinute(),
                hours.endMinute(),
                at == null ? clock.instant() : at));
    }

    /** When the organization's messaging window is next open in the lead's time zone, from {@code at} on. */
    public Instant windowOpens(Lead lead, Instant at) {
        MessagingWindow hours = window.get();
        return SendPolicy.windowOpens(zone(lead), hours.startMinute(), hours.endMinute(), at);
    }

    private ZoneId zone(Lead lead) {
        String zone = lead.timezone() != null
                ? lead.timezone()
                : organizations.current().timezone();
        try {
            return ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
