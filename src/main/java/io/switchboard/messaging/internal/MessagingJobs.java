package io.switchboard.messaging.internal;

import io.switchboard.jobs.Job;
import io.switchboard.messaging.MessageId;
import io.switchboard.shared.RetryPolicy;
import io.switchboard.shared.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messaging's background work, each per organization and keyed by message: the send (at once or at
 * its send_at; the job engine keeps it across restarts and runs it on one node), the simulated
 * provider's webhooks, and the expiry of a message left without a final status.
 */
@Configuration(proxyBeanMethods = false)
public class MessagingJobs {

    private static final RetryPolicy RETRY = RetryPolicy.doubling(Duration.ofSeconds(2), Duration.ofMinutes(5));

    /** A provider that cannot take a message (down, 429) is asked again for about 17 minutes. */
    private static final RetryPolicy SEND_RETRY = RETRY.giveUpAfter(10);

    public record Send(UUID messageId) {}

    public record Expire(UUID messageId) {}

    public static final String SEND = "messaging.send";
    public static final String EXPIRE = "messaging.expire";

    @Bean
    Job<Send> messagingSendJob(MessageDispatcher dispatcher) {
        // Repeating: a message above its account's rate limit runs again at its send slot.
        return Job.repeating(SEND, Send.class, SEND_RETRY, send -> dispatcher.send(MessageId.of(send.messageId())))
                .onGiveUp((send, failure) -> dispatcher.gaveUp(MessageId.of(send.messageId()), failure));
    }

    /** A new lead's first contact, at the organization's delay after it arrived (see {@link FirstContacts}). */
    @Bean
    Job<FirstContacts.Due> firstContactJob(FirstContacts firstContacts) {
        return Job.once("messaging.first-contact", FirstContacts.Due.class, RETRY, firstContacts::due)
                .withoutTransaction();
    }

    @Bean
    Job<Expire> messagingExpireJob(MessageDispatcher dispatcher) {
        return Job.once(EXPIRE, Expire.class, RETRY, expire -> dispatcher.expire(MessageId.of(expire.messageId())));
    }

    /** Sends one of the simulator's webhooks, signed, through the same ingest as the HTTP endpoint. */
    @Bean
    Job<SimulatedSender.Report> messagingSimulatedReportJob(
            SimulatorSignature signature, MessagingWebhooks webhooks, JsonMapper json, Clock clock) {
        return Job.once("messaging.simulated-report", SimulatedSender.Report.class, RETRY, report -> {
            String body = json.writeValueAsString(java.util.Map.of(
                    "type", "status",
                    "event_id", report.eventId(),
                    "message_id", report.messageId(),
                    "status", report.status(),
                    "error_code", report.errorCode(),
                    "error_message", report.errorMessage()));
            var organization = TenantContext.require();
            webhooks.receive(
                    io.switchboard.messaging.ProviderType.SIMULATED,
                    organization.value().toString(),
                    signature.sign(organization, body, clock.instant()),
                    body);
        });
    }
}
