package io.switchboard.messaging.internal;

import static io.switchboard.db.Tables.MESSAGES;
import static io.switchboard.db.Tables.MESSAGE_EVENTS;

import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.db.tables.records.MessagesRecord;
import io.switchboard.leads.LeadId;
import io.switchboard.messaging.AlertEvent;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.Message;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.ProviderType;
import io.switchboard.messaging.TemplateId;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Messages and the status events their providers reported. */
@Repository
public class MessageStore {

    /** A message to store: outbound (queued or scheduled) or an inbound reply (received). */
    public record NewMessage(
            LeadId lead,
            Channel channel,
            String direction,
            @Nullable ConsentPurpose purpose,
            ProviderType provider,
            String recipient,
            @Nullable TemplateId template,
            @Nullable Integer templateVersion,
            @Nullable String subject,
            String body,
            MessageStatus status,
            @Nullable Instant sendAt,
            @Nullable Instant expiresAt,
            @Nullable UUID createdBy) {}

    /** A provider's report about a message. */
    public record Report(
            String providerEventId,
            MessageStatus status,
            @Nullable String providerCode,
            @Nullable String reason,
            Instant at) {}

    private final DSLContext db;
    private final MessageFeed feed;

    MessageStore(DSLContext db, MessageFeed feed) {
        this.db = db;
        this.feed = feed;
    }

    public MessageId insert(NewMessage m) {
        return MessageId.of(insert(m, null).orElseThrow().getId());
    }

    /**
     * Stores a message; with a provider id (an inbound reply's), a second delivery of the same
     * reply finds it stored and is empty.
     */
    public Optional<MessagesRecord> insert(NewMessage m, @Nullable String providerMessageId) {
        return insert(m, providerMessageId, null, null);
    }

    /** Stores an alert about the lead once per key: empty when the key's alert was stored before. */
    public Optional<MessageId> insertAlert(NewMessage m, AlertEvent alert, String key) {
        return insert(m, null, alert, key).map(r -> MessageId.of(r.getId()));
    }

    private Optional<MessagesRecord> insert(
            NewMessage m, @Nullable String providerMessageId, @Nullable AlertEvent alert, @Nullable String key) {
        MessagesRecord r = db.newRecord(MESSAGES);
        r.setAlert(alert == null ? null : alert.toString());
        r.setAlertKey(key);
        r.setOrganizationId(TenantContext.require().value());
        r.setId(Ids.next());
        r.setLeadId(m.lead().value());
        r.setChannel(m.channel().toString());
        r.setDirection(m.direction());
        r.setPurpose(m.purpose() == null ? null : m.purpose().toString());
        r.setProvider(m.provider().toString());
        r.setRecipient(m.recipient());
        r.setTemplateId(m.template() == null ? null : m.template().value());
        r.setTemplateVersion(m.templateVersion());
        r.setSubject(m.subject());
        r.setBody(m.body());
        r.setStatus(m.status().toString());
        r.setSendAt(utc(m.sendAt()));
        r.setExpiresAt(utc(m.expiresAt()));
        r.setCreatedBy(m.createdBy());
        r.setProviderMessageId(providerMessageId);
        Optional<MessagesRecord> stored =
                db.insertInto(MESSAGES).set(r).onConflictDoNothing().returning().fetchOptional();
        stored.ifPresent(this::changed);
        return stored;
    }

    /** Records the provider's id for a message it accepted; it no longer waits for anything. */
    public void handedOver(MessagesRecord message, ProviderType provider, String providerMessageId) {
        message.setProvider(provider.toString());
        message.setProviderMessageId(providerMessageId);
        message.setReason(null);
        message.store();
    }

    /** The queued message waits for its send slot; the reason says why, for whoever looks at it. */
    public void waits(MessagesRecord message, Instant slot, String reason) {
        message.setWaitsUntil(utc(slot));
        message.setReason(reason);
        message.store();
        changed(message);
    }

    /** The message, locked for a status change. */
    public Optional<MessagesRecord> lock(MessageId id) {
        return db.selectFrom(MESSAGES)
                .where(MESSAGES.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional();
    }

    public Optional<MessagesRecord> lockByProviderId(ProviderType provider, String providerMessageId) {
        return db.selectFrom(MESSAGES)
                .where(MESSAGES.PROVIDER.eq(provider.toString()))
                .and(MESSAGES.PROVIDER_MESSAGE_ID.eq(providerMessageId))
                .forUpdate()
                .fetchOptional();
    }

    /**
     * Stores a report once and applies it through the status machine; false when this provider
     * event was stored before (a redelivery), which then changes nothing.
     */
    public boolean report(MessagesRecord message, Report report) {
        MessageStatus current = MessageStatus.fromCode(message.getStatus());
        boolean applied = current.accepts(report.status());
        int stored = db.insertInto(MESSAGE_EVENTS)
                .set(MESSAGE_EVENTS.ORGANIZATION_ID, message.getOrganizationId())
                .set(MESSAGE_EVENTS.ID, Ids.next())
                .set(MESSAGE_EVENTS.MESSAGE_ID, message.getId())
                .set(MESSAGE_EVENTS.STATUS, report.status().toString())
                .set(MESSAGE_EVENTS.APPLIED, applied)
                .set(MESSAGE_EVENTS.PROVIDER_EVENT_ID, report.providerEventId())
                .set(MESSAGE_EVENTS.PROVIDER_CODE, report.providerCode())
                .set(MESSAGE_EVENTS.REASON, report.reason())
                .set(MESSAGE_EVENTS.AT, utc(report.at()))
                .onConflictDoNothing()
                .execute();
        if (stored == 0) {
            return false;
        }
        if (applied) {
            apply(message, report);
            changed(message);
        }
        return true;
    }

    private void changed(MessagesRecord message) {
        feed.changed(message.getOrganizationId(), message.getLeadId(), message.getId(), message.getStatus());
    }

    private static void apply(MessagesRecord message, Report report) {
        message.setStatus(report.status().toString());
        if (report.status().isFailure()) {
            message.setProviderCode(report.providerCode());
            message.setReason(report.reason());
        }
        if (report.status() == MessageStatus.SENT && message.getSentAt() == null) {
            message.setSentAt(utc(report.at()));
        }
        message.store();
    }

    public Optional<Message> find(MessageId id) {
        return db.selectFrom(MESSAGES)
                .where(MESSAGES.ID.eq(id.value()))
                .fetchOptional()
                .map(r -> toMessage(r, events(List.of(r.getId())).getOrDefault(r.getId(), List.of())));
    }

    /** A lead's messages, newest first, each with its events. */
    /** Whether any message went to or came from the lead (alerts about it to the team do not count). */
    public boolean anyToOrFrom(LeadId lead) {
        return db.fetchExists(MESSAGES, MESSAGES.LEAD_ID.eq(lead.value()), MESSAGES.ALERT.isNull());
    }

    public List<Message> ofLead(LeadId lead, @Nullable UUID before, int limit) {
        List<MessagesRecord> rows = db.selectFrom(MESSAGES)
                .where(MESSAGES.LEAD_ID.eq(lead.value()))
                .and(before == null ? DSL.noCondition() : MESSAGES.ID.lt(before))
                .orderBy(MESSAGES.ID.desc())
                .limit(limit + 1)
                .fetch();
        Map<UUID, List<Message.Event>> events =
                events(rows.stream().map(MessagesRecord::getId).toList());
        return rows.stream()
                .map(r -> toMessage(r, events.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    /** The lead last messaged at this address on this channel (a reply is theirs). */
    public Optional<LeadId> leadOf(Channel channel, String address) {
        return db.select(MESSAGES.LEAD_ID)
                .from(MESSAGES)
                .where(MESSAGES.CHANNEL.eq(channel.toString()))
                .and(MESSAGES.RECIPIENT.eq(address))
                .orderBy(MESSAGES.ID.desc())
                .limit(1)
                .fetchOptional(r -> LeadId.of(r.value1()));
    }

    /** When the lead last wrote on this channel. */
    public Optional<Instant> lastInbound(LeadId lead, Channel channel) {
        return db.select(DSL.max(MESSAGES.CREATED_AT))
                .from(MESSAGES)
                .where(MESSAGES.LEAD_ID.eq(lead.value()))
                .and(MESSAGES.CHANNEL.eq(channel.toString()))
                .and(MESSAGES.DIRECTION.eq("inbound"))
                .fetchOptional(r -> r.value1() == null ? null : r.value1().toInstant());
    }

    /** The organization's outbound messages with no final status by their expiry. */
    public List<MessageId> overdue(Instant now, int limit) {
        return db.select(MESSAGES.ID)
                .from(MESSAGES)
                .where(MESSAGES.STATUS.in("queued", "sending", "sent"))
                .and(MESSAGES.EXPIRES_AT.lt(utc(now)))
                .orderBy(MESSAGES.EXPIRES_AT)
                .limit(limit)
                .fetch(r -> MessageId.of(r.value1()));
    }

    private Map<UUID, List<Message.Event>> events(List<UUID> messages) {
        if (messages.isEmpty()) {
            return Map.of();
        }
        return db
                .selectFrom(MESSAGE_EVENTS)
                .where(MESSAGE_EVENTS.MESSAGE_ID.in(messages))
                .orderBy(MESSAGE_EVENTS.ID)
                .fetchGroups(MESSAGE_EVENTS.MESSAGE_ID)
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .map(r -> new Message.Event(
                                MessageStatus.fromCode(r.getStatus()),
                                r.getApplied(),
                                r.getProviderCode(),
                                r.getReason(),
                                r.getAt().toInstant()))
                        .toList()));
    }

    static Message toMessage(MessagesRecord r, List<Message.Event> events) {
        return new Message(
                MessageId.of(r.getId()),
                LeadId.of(r.getLeadId()),
                Channel.fromCode(r.getChannel()),
                r.getDirection(),
                ProviderType.fromCode(r.getProvider()),
                MessageStatus.fromCode(r.getStatus()),
                r.getProviderMessageId(),
                r.getTemplateId() == null ? null : TemplateId.of(r.getTemplateId()),
                r.getTemplateVersion(),
                r.getSubject(),
                r.getBody(),
                r.getProviderCode(),
                r.getReason(),
                instant(r.getSendAt()),
                instant(r.getSentAt()),
                instant(r.getWaitsUntil()),
                r.getCreatedAt().toInstant(),
                events,
                r.getAlert() == null ? null : AlertEvent.fromCode(r.getAlert()));
    }

    static @Nullable OffsetDateTime utc(@Nullable Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
