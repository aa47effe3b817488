package io.switchboard.messaging.internal;

import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.LeadTimeline;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.LeadReplied;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.ProviderType;
import io.switchboard.notifications.NotificationCenter;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A reply from a lead: stored once (by the provider's event id), put on the lead's timeline, its
 * owner notified (live, through the notification hub). A reply that is only a STOP-word opts the
 * address out of that channel at once; START opts it back in.
 */
@Component
public class Inbound {

    /** Per language: STOP, UNSUBSCRIBE (en), BAJA (es), ARRET / ARRÊT (fr) and kin. */
    static final Set<String> STOP_WORDS =
            Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "BAJA", "ALTO", "ARRET", "ARRÊT");

    static final Set<String> START_WORDS = Set.of("START", "UNSTOP", "ALTA");

    /** What became of a reply. */
    public enum Outcome {
        STORED,
        DUPLICATE,
        UNKNOWN_SENDER
    }

    private final MessageStore messages;
    private final OptOuts optOuts;
    private final LeadManagement leads;
    private final LeadTimeline timeline;
    private final NotificationCenter notifications;
    private final ApplicationEventPublisher events;

    Inbound(
            MessageStore messages,
            OptOuts optOuts,
            LeadManagement leads,
            LeadTimeline timeline,
            NotificationCenter notifications,
            ApplicationEventPublisher events) {
        this.messages = messages;
        this.optOuts = optOuts;
        this.leads = leads;
        this.timeline = timeline;
        this.notifications = notifications;
        this.events = events;
    }

    public Outcome receive(
            ProviderType provider, String eventId, Channel channel, String from, String body, Instant at) {
        String address = address(channel, from);
        Optional<Lead> lead = messages.leadOf(channel, address).map(leads::get).or(() -> find(channel, address));
        if (lead.isEmpty()) {
            return Outcome.UNKNOWN_SENDER;
        }
        var stored = messages.insert(reply(lead.get(), channel, provider, address, body), eventId);
        if (stored.isEmpty()) {
            return Outcome.DUPLICATE;
        }
        keyword(channel, address, body);
        record(lead.get(), channel, body, stored.get().getId(), at);
        events.publishEvent(new LeadReplied(
                stored.get().getOrganizationId(),
                lead.get().id(),
                MessageId.of(stored.get().getId()),
                channel));
        return Outcome.STORED;
    }

    private void keyword(Channel channel, String address, String body) {
        String keyword = body.strip().toUpperCase(Locale.ROOT);
        if (STOP_WORDS.contains(keyword)) {
            optOuts.optOut(channel, address, keyword);
        } else if (START_WORDS.contains(keyword)) {
            optOuts.optIn(channel, address);
        }
    }

    private void record(Lead lead, Channel channel, String body, java.util.UUID message, Instant at) {
        String excerpt = body.length() > 140 ? body.substring(0, 139) + "…" : body;
        timeline.recordMessage(
                lead.id(),
                null,
                io.switchboard.messaging.Labels.of(channel) + " from the lead: " + excerpt,
                Map.of("message_id", message.toString(), "channel", channel.toString(), "direction", "inbound"),
                at);
        leads.engaged(lead.id(), at);
        if (lead.ownerId() != null) {
            notifications.notify(
                    lead.ownerId().value(),
                    "message_received",
                    "normal",
                    "Reply from " + lead.name(),
                    excerpt,
                    "/leads/" + lead.id(),
                    lead.id().value());
        }
    }

    private static MessageStore.NewMessage reply(
            Lead lead, Channel channel, ProviderType provider, String address, String body) {
        return new MessageStore.NewMessage(
                lead.id(),
                channel,
                "inbound",
                null,
                provider,
                address,
                null,
                null,
                null,
                body,
                MessageStatus.RECEIVED,
                null,
                null,
                null);
    }

    private Optional<Lead> find(Channel channel, String address) {
        LeadFilter filter = LeadFilter.builder().q(address).build();
        return leads.list(filter, null, 20).data().stream()
                .filter(l -> address.equals(channel == Channel.EMAIL ? lower(l.email()) : l.phone()))
                .findFirst();
    }

    static String address(Channel channel, String from) {
        String clean = from.strip();
        return channel == Channel.EMAIL ? clean.toLowerCase(Locale.ROOT) : clean.replaceAll("[\\s().-]", "");
    }

    private static String lower(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
