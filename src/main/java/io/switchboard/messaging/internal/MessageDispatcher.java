package io.switchboard.messaging.internal;

import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.db.tables.records.MessagesRecord;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.messaging.Approval;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.Labels;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.MessagingProviders;
import io.switchboard.messaging.ProviderAccount;
import io.switchboard.messaging.ProviderType;
import io.switchboard.messaging.Refusal;
import io.switchboard.messaging.TemplateId;
import io.switchboard.messaging.TemplateText;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The {@code messaging.send} job's work: a queued message is checked against the policy once more
 * (an opt-out may have arrived since it was accepted) and handed to its channel's provider. It runs
 * once: a message that is no longer queued is left alone.
 */
@Component
class MessageDispatcher {

    private final MessageStore messages;
    private final PolicyCheck policy;
    private final LeadManagement leads;
    private final MessagingProviders providers;
    private final ProviderStore accounts;
    private final SendSlots slots;
    private final TemplateStore templates;
    private final Map<ProviderType, Sender> senders;
    private final Clock clock;

    MessageDispatcher(
            MessageStore messages,
            PolicyCheck policy,
            LeadManagement leads,
            MessagingProviders providers,
            ProviderStore accounts,
            SendSlots slots,
            TemplateStore templates,
            List<Sender> senders,
            Clock clock) {
        this.messages = messages;
        this.policy = policy;
        this.leads = leads;
        this.providers = providers;
        this.accounts = accounts;
        this.slots = slots;
        this.templates = templates;
        this.senders = senders.stream().collect(Collectors.toUnmodifiableMap(Sender::type, Function.identity()));
        this.clock = clock;
    }

    /** Sends the message, or answers the send slot it waits for under its account's rate limit. */
    @Nullable
    Instant send(MessageId id) {
        Optional<MessagesRecord> found = messages.lock(id);
        if (found.isEmpty()
                || !MessageStatus.QUEUED.toString().equals(found.get().getStatus())) {
            return null;
        }
        MessagesRecord message = found.get();
        Channel channel = Channel.fromCode(message.getChannel());
        Optional<Refusal> refusal = refusal(message, channel);
        if (refusal.isPresent()) {
            report(
                    message,
                    MessageStatus.FAILED,
                    "refused",
                    refusal.get().code(),
                    refusal.get().reason());
            return null;
        }
        // the account at the time of sending: the organization may have changed it since the message was queued
        ProviderAccount account = providers.of(channel);
        Instant slot = slot(message, channel, account);
        if (slot != null) {
            return slot;
        }
        handOver(message, channel, account);
        return null;
    }

    /** Asked on every run: an opt-out may have arrived while the message waited. */
    private Optional<Refusal> refusal(MessagesRecord message, Channel channel) {
        if (message.getAlert() != null) {
            return Optional.empty(); // an alert goes to the team, not to the lead
        }
        Lead lead = leads.get(LeadId.of(message.getLeadId()));
        ConsentPurpose purpose =
                message.getPurpose() == null ? ConsentPurpose.MARKETING : ConsentPurpose.fromCode(message.getPurpose());
        // the template version was approved when accepted; approval is not withdrawn from a version
        Approval template = message.getTemplateId() == null ? null : Approval.APPROVED;
        return policy.refusal(lead, channel, message.getRecipient(), purpose, template, null);
    }

    /**
     * The slot the message must still wait for, or null when it may go now. A message takes one
     * slot: when it runs again at that slot it goes without taking another.
     */
    private @Nullable Instant slot(MessagesRecord message, Channel channel, ProviderAccount account) {
        Instant now = clock.instant();
        if (message.getWaitsUntil() != null) {
            Instant held = message.getWaitsUntil().toInstant();
            return held.isAfter(now) ? held : null;
        }
        Instant slot = slots.take(channel, account.perMinute(), now);
        if (!slot.isAfter(now)) {
            return null;
        }
        messages.waits(
                message,
                slot,
                "waits its turn: the " + Labels.of(channel) + " account sends at most " + account.perMinute()
                        + " messages a minute");
        return slot;
    }

    private void handOver(MessagesRecord message, Channel channel, ProviderAccount account) {
        Sender sender = senders.get(account.kind());
        MessageId id = MessageId.of(message.getId());
        try {
            String providerId = sender.send(new Sender.Outbound(
                    id,
                    channel,
                    message.getRecipient(),
                    message.getSubject(),
                    message.getBody(),
                    account.config(),
                    accounts.secrets(channel),
                    account.webhookUrl() == null ? null : account.webhookUrl() + "&message=" + id,
                    template(message, channel)));
            messages.handedOver(message, account.kind(), providerId);
            report(message, MessageStatus.SENDING, "handed-over", null, null);
            if (!sender.reportsDelivery()) {
                report(message, MessageStatus.SENT, "accepted", null, null);
            }
        } catch (Sender.SendFailed e) {
            report(message, MessageStatus.FAILED, "send-failed", e.code(), e.getMessage());
        }
    }

    /** WhatsApp sends templates by name with their values, which the rendered text still holds. */
    private Sender.@Nullable TemplateUse template(MessagesRecord message, Channel channel) {
        if (channel != Channel.WHATSAPP || message.getTemplateId() == null || message.getTemplateVersion() == null) {
            return null;
        }
        TemplateId id = TemplateId.of(message.getTemplateId());
        return templates
                .find(id)
                .flatMap(t -> templates
                        .version(id, message.getTemplateVersion())
                        .map(v -> new Sender.TemplateUse(
                                t.name(),
                                t.language(),
                                TemplateText.values(v.body(), message.getBody()).orElse(Map.of()))))
                .orElse(null);
    }

    /** The send job gave up trying: the message fails with the last reason the provider gave. */
    void gaveUp(MessageId id, Throwable failure) {
        String code = failure instanceof Sender.TryLater later ? later.code() : "send_error";
        String reason = failure instanceof Sender.TryLater ? failure.getMessage() : "the message could not be sent";
        messages.lock(id)
                .filter(m -> MessageStatus.QUEUED.toString().equals(m.getStatus()))
                .ifPresent(m -> report(m, MessageStatus.FAILED, "gave-up", code, reason));
    }

    /** Marks a message that got no final status by its expiry. */
    void expire(MessageId id) {
        messages.lock(id)
                .filter(m -> MessageStatus.fromCode(m.getStatus()).accepts(MessageStatus.EXPIRED))
                .filter(m -> !(MessageStatus.SENT.toString().equals(m.getStatus())
                        && !senders.get(ProviderType.fromCode(m.getProvider())).reportsDelivery()))
                .ifPresent(m -> report(
                        m,
                        MessageStatus.EXPIRED,
                        "expired",
                        null,
                        "no final status from the provider within the validity period and an hour"));
    }

    private void report(MessagesRecord message, MessageStatus status, String step, String code, String reason) {
        Instant now = clock.instant();
        messages.report(
                message,
                new MessageStore.Report("switchboard:" + message.getId() + ":" + step, status, code, reason, now));
    }
}
