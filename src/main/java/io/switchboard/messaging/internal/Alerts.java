package io.switchboard.messaging.internal;

import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.LeadTimeline;
import io.switchboard.messaging.AlertEvent;
import io.switchboard.messaging.AlertRule;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.Labels;
import io.switchboard.messaging.LeadReplied;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.MessagingProperties;
import io.switchboard.messaging.MessagingProviders;
import io.switchboard.scoring.LeadTemperatureChanged;
import io.switchboard.shared.NotFound;
import io.switchboard.tenancy.TenantTransactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Raises the organization's automatic alerts (heard by {@link AlertListeners}): a lead that turned hot, a lead's reply. Each alert
 * is a message about the lead to the team (Slack or a team address), stored with the event's key and
 * sent by the {@code messaging.send} job like any message (retried, surviving restarts, in the lead's
 * communications log). The key makes it once per event: the event registry redelivers an event whose
 * listener did not finish, and the second delivery finds the alert stored.
 */
@Component
class Alerts {

    private final AlertStore rules;
    private final MessageStore messages;
    private final LeadManagement leads;
    private final LeadTimeline timeline;
    private final MessagingProviders providers;
    private final Jobs jobs;
    private final Job<MessagingJobs.Send> sendJob;
    private final TenantTransactions tenants;
    private final String publicUrl;
    private final Clock clock;

    Alerts(
            AlertStore rules,
            MessageStore messages,
            LeadManagement leads,
            LeadTimeline timeline,
            MessagingProviders providers,
            Jobs jobs,
            Job<MessagingJobs.Send> sendJob,
            TenantTransactions tenants,
            MessagingProperties properties,
            Clock clock) {
        this.rules = rules;
        this.messages = messages;
        this.leads = leads;
        this.timeline = timeline;
        this.providers = providers;
        this.jobs = jobs;
        this.sendJob = sendJob;
        this.tenants = tenants;
        this.publicUrl = properties.base();
        this.clock = clock;
    }

    /** Alerts a lead that turned hot; a change to warm or cold alerts nobody. */
    void hot(LeadTemperatureChanged event) {
        if (!event.turnedHot()) {
            return;
        }
        tenants.run(event, () -> lead(event.leadId())
                .ifPresent(lead -> raise(
                        AlertEvent.LEAD_HOT,
                        "lead_hot:" + event.leadId() + ":" + event.at(),
                        lead,
                        new AlertText.Facts(
                                AlertEvent.LEAD_HOT,
                                lead.name(),
                                event.score(),
                                event.current(),
                                event.previous(),
                                event.reason(),
                                null,
                                url(lead.id())))));
    }

    void replied(LeadReplied event) {
        tenants.run(event, () -> lead(event.leadId()).ifPresent(lead -> {
            String reply = messages.find(event.messageId()).map(m -> m.body()).orElse(null);
            raise(
                    AlertEvent.LEAD_REPLIED,
                    "lead_replied:" + event.messageId(),
                    lead,
                    new AlertText.Facts(
                            AlertEvent.LEAD_REPLIED,
                            lead.name(),
                            lead.score(),
                            lead.temperature(),
                            null,
                            reply,
                            event.channel(),
                            url(lead.id())));
        }));
    }

    private void raise(AlertEvent event, String key, Lead lead, AlertText.Facts facts) {
        Instant now = clock.instant();
        for (AlertRule rule : rules.of(event)) {
            AlertText.Text text = AlertText.of(facts, rule.channel());
            Optional<MessageId> stored =
                    messages.insertAlert(alert(lead, rule, text), event, key + ":" + rule.channel());
            stored.ifPresent(id -> {
                jobs.schedule(sendJob, id.toString(), new MessagingJobs.Send(id.value()), now);
                timeline.recordMessage(
                        lead.id(),
                        null,
                        Labels.of(rule.channel()) + " alert to the team: " + text.subject(),
                        Map.of(
                                "message_id",
                                id.toString(),
                                "channel",
                                rule.channel().toString(),
                                "alert",
                                event.toString()),
                        now);
            });
        }
    }

    private MessageStore.NewMessage alert(Lead lead, AlertRule rule, AlertText.Text text) {
        Channel channel = rule.channel();
        var account = providers.of(channel);
        String recipient = channel == Channel.SLACK
                ? String.valueOf(account.config().getOrDefault("channel", "#leads"))
                : rule.recipient();
        return new MessageStore.NewMessage(
                lead.id(),
                channel,
                "outbound",
                null,
                account.kind(),
                recipient,
                null,
                null,
                channel == Channel.EMAIL ? text.subject() : null,
                text.body(),
                MessageStatus.QUEUED,
                null,
                null,
                null);
    }

    /** The lead, unless it is gone or deleted since: nothing to alert about then. */
    private Optional<Lead> lead(LeadId id) {
        try {
            return Optional.of(leads.get(id)).filter(l -> !l.isDeleted());
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }

    private String url(LeadId lead) {
        return publicUrl + "/leads/" + lead;
    }
}
