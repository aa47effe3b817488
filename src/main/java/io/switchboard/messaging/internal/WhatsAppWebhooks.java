package io.switchboard.messaging.internal;

import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.ProviderAccount;
import io.switchboard.messaging.ProviderType;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.Signatures;
import io.switchboard.shared.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WhatsApp Cloud API webhooks on the account's URL ({@code ?org=…&account=…}). Meta's subscription
 * check (GET) echoes {@code hub.challenge} only for the account's verify token. A notification
 * (POST) is checked against {@code X-Hub-Signature-256} (HMAC-SHA256 of the raw body with the app
 * secret) before anything is read into the database; then, in one transaction, each of its
 * {@code statuses[]} is stored once and applied through the status machine, and each text in
 * {@code messages[]} is a reply (opt-out words included; it opens the 24-hour window).
 */
@Service
public class WhatsAppWebhooks {

    public static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private final ProviderStore accounts;
    private final MessageStore messages;
    private final MessagingWebhooks webhooks;
    private final JsonMapper json;
    private final TransactionTemplate tx;
    private final Clock clock;

    WhatsAppWebhooks(
            ProviderStore accounts,
            MessageStore messages,
            MessagingWebhooks webhooks,
            JsonMapper json,
            TransactionTemplate tx,
            Clock clock) {
        this.accounts = accounts;
        this.messages = messages;
        this.webhooks = webhooks;
        this.json = json;
        this.tx = tx;
        this.clock = clock;
    }

    /** Meta's subscription check: the challenge back when the mode and verify token are right, else 403. */
    public String verify(
            @Nullable String org,
            @Nullable String account,
            @Nullable String mode,
            @Nullable String token,
            @Nullable String challenge) {
        String expected = inAccount(org, account, (found, secrets) -> AccountSettings.text(secrets, "verify_token"));
        if (!"subscribe".equals(mode)
                || expected == null
                || !Signatures.matches(expected, token)
                || challenge == null) {
            throw new Forbidden(
                    "invalid_verify_token", "hub.mode must be subscribe and hub.verify_token the account's");
        }
        return challenge;
    }

    /** A signed notification: what became of each status and message it carried. */
    public List<MessagingWebhooks.Result> receive(
            @Nullable String org, @Nullable String account, String body, @Nullable String signature) {
        return inAccount(org, account, (found, secrets) -> {
            String secret = AccountSettings.text(secrets, WhatsAppAccount.APP_SECRET);
            if (secret == null || !Signatures.matches("sha256=" + Signatures.hmacSha256Hex(secret, body), signature)) {
                throw new Forbidden("invalid_signature", "the webhook's X-Hub-Signature-256 does not match");
            }
            List<MessagingWebhooks.Result> results = new ArrayList<>();
            for (JsonNode entry : parse(body).path("entry")) {
                for (JsonNode change : entry.path("changes")) {
                    JsonNode value = change.path("value");
                    value.path("statuses").forEach(s -> results.add(status(s)));
                    value.path("messages").forEach(m -> results.add(inbound(m)));
                }
            }
            return results;
        });
    }

    private <T> T inAccount(
            @Nullable String org, @Nullable String account, BiFunction<ProviderAccount, Map<String, Object>, T> work) {
        OrganizationId organization = MessagingWebhooks.organization(org);
        UUID accountId = id(account);
        return TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    ProviderAccount found = accounts.find(accountId)
                            .filter(a -> a.kind() == ProviderType.WHATSAPP_CLOUD)
                            .orElseThrow(() -> new NotFound("provider account", accountId.toString()));
                    return work.apply(found, accounts.secrets(found.channel()));
                }));
    }

    private MessagingWebhooks.Result status(JsonNode reported) {
        String wamid = required(reported, "id");
        String name = required(reported, "status");
        MessageStatus status = WhatsAppStatuses.status(name).orElse(null);
        if (status == null) {
            return MessagingWebhooks.Result.IGNORED;
        }
        JsonNode error = reported.path("errors").path(0);
        String code = error.isMissingNode() ? null : error.path("code").asString(null);
        String reason = code == null ? null : WhatsAppStatuses.reason(code, error);
        return webhooks.status(
                messages.lockByProviderId(ProviderType.WHATSAPP_CLOUD, wamid),
                new MessageStore.Report("whatsapp:" + wamid + ":" + name, status, code, reason, at(reported)));
    }

    private MessagingWebhooks.Result inbound(JsonNode message) {
        if (!"text".equals(message.path("type").asString())) {
            // media, reactions, locations: not something the conversation shows yet
            return MessagingWebhooks.Result.IGNORED;
        }
        String from = required(message, "from");
        return webhooks.inbound(
                ProviderType.WHATSAPP_CLOUD,
                "whatsapp:" + required(message, "id"),
                Channel.WHATSAPP,
                from.startsWith("+") ? from : "+" + from,
                required(message.path("text"), "body"),
                at(message));
    }

    private Instant at(JsonNode event) {
        String seconds = event.path("timestamp").asString("");
        return seconds.matches("[0-9]{1,12}") ? Instant.ofEpochSecond(Long.parseLong(seconds)) : clock.instant();
    }

    private JsonNode parse(String body) {
        try {
            JsonNode notification = json.readTree(body);
            if (!notification.isObject()) {
                throw new InvalidInput("invalid_webhook", "the body is not a JSON object");
            }
            return notification;
        } catch (JacksonException e) {
            throw new InvalidInput("invalid_webhook", "the body is not a notification WhatsApp sends");
        }
    }

    private static UUID id(@Nullable String value) {
        try {
            return UUID.fromString(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("account", "invalid_webhook", "the webhook URL's account parameter is not an id");
        }
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asString("");
        if (value.isBlank()) {
            throw new InvalidInput(field, "invalid_webhook", "is required");
        }
        return value;
    }
}
