package io.switchboard.messaging.internal;

import io.switchboard.db.tables.records.MessagesRecord;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.ProviderType;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Provider webhooks for messages: the organization comes from the {@code org} parameter of the URL
 * Switchboard gave the provider, the signature is checked with that organization's key, and then,
 * in one transaction, the report is stored as a message event (a redelivery finds its event id
 * stored and changes nothing) and applied through the status machine, or the reply is stored.
 */
@Service
public class MessagingWebhooks {

    /** What a webhook came to, answered to the provider. */
    public enum Result {
        APPLIED,
        IGNORED,
        DUPLICATE,
        UNKNOWN_MESSAGE,
        UNKNOWN_SENDER
    }

    private final SimulatorSignature signature;
    private final MessageStore messages;
    private final Inbound inbound;
    private final JsonMapper json;
    private final TransactionTemplate tx;
    private final Clock clock;

    MessagingWebhooks(
            SimulatorSignature signature,
            MessageStore messages,
            Inbound inbound,
            JsonMapper json,
            TransactionTemplate tx,
            Clock clock) {
        this.signature = signature;
        this.messages = messages;
        this.inbound = inbound;
        this.json = json;
        this.tx = tx;
        this.clock = clock;
    }

    public Result receive(ProviderType kind, @Nullable String org, @Nullable String signed, String body) {
        if (kind != ProviderType.SIMULATED) {
            throw new NotFound("provider", kind.toString());
        }
        OrganizationId organization = organization(org);
        if (!signature.verify(organization, body, signed, clock.instant())) {
            throw new Forbidden("invalid_signature", "the webhook's signature does not match");
        }
        JsonNode event = parse(body);
        return TenantContext.callAs(organization, () -> tx.execute(status -> apply(kind, event)));
    }

    private Result apply(ProviderType kind, JsonNode event) {
        String eventId = required(event, "event_id");
        Instant at = event.hasNonNull("at") ? Instant.parse(event.get("at").asString()) : clock.instant();
        if ("inbound".equals(event.path("type").asString())) {
            Channel channel = Channel.fromCode(required(event, "channel"));
            return inbound(kind, eventId, channel, required(event, "from"), required(event, "body"), at);
        }
        return status(
                messages.lockByProviderId(kind, required(event, "message_id")),
                new MessageStore.Report(
                        eventId,
                        MessageStatus.fromCode(required(event, "status")),
                        text(event, "error_code"),
                        text(event, "error_message"),
                        at));
    }

    /** Stores a reply once (its event id) and acts on it. */
    Result inbound(ProviderType kind, String eventId, Channel channel, String from, String body, Instant at) {
        return switch (inbound.receive(kind, eventId, channel, from, body, at)) {
            case STORED -> Result.APPLIED;
            case DUPLICATE -> Result.DUPLICATE;
            case UNKNOWN_SENDER -> Result.UNKNOWN_SENDER;
        };
    }

    /** Stores a status report about a message, locked, once, and applies it if it moves the message forward. */
    Result status(Optional<MessagesRecord> message, MessageStore.Report report) {
        if (message.isEmpty()) {
            return Result.UNKNOWN_MESSAGE;
        }
        MessageStatus before = MessageStatus.fromCode(message.get().getStatus());
        if (!messages.report(message.get(), report)) {
            return Result.DUPLICATE;
        }
        return before.accepts(report.status()) ? Result.APPLIED : Result.IGNORED;
    }

    private JsonNode parse(String body) {
        try {
            JsonNode event = json.readTree(body);
            if (!event.isObject()) {
                throw new InvalidInput("invalid_webhook", "the body is not a JSON object");
            }
            required(event, "event_id");
            if (!"inbound".equals(event.path("type").asString())) {
                MessageStatus.fromCode(required(event, "status"));
            } else {
                Channel.fromCode(required(event, "channel"));
            }
            if (event.hasNonNull("at")) {
                Instant.parse(event.get("at").asString());
            }
            return event;
        } catch (JacksonException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new InvalidInput(
                    "invalid_webhook", "the body is not a webhook this provider sends: " + e.getMessage());
        }
    }

    static OrganizationId organization(@Nullable String org) {
        try {
            return OrganizationId.of(UUID.fromString(org == null ? "" : org));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("org", "invalid_webhook", "the webhook URL's org parameter is missing or not an id");
        }
    }

    private static String required(JsonNode event, String field) {
        String value = text(event, field);
        if (value == null) {
            throw new InvalidInput(field, "invalid_webhook", "is required");
        }
        return value;
    }

    private static @Nullable String text(JsonNode event, String field) {
        JsonNode node = event.get(field);
        return node == null || node.isNull() || node.asString().isBlank() ? null : node.asString();
    }
}
