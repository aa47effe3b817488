package io.switchboard.messaging.internal;

import io.switchboard.db.tables.records.MessagesRecord;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.MessageStatus;
import io.switchboard.messaging.ProviderAccount;
import io.switchboard.messaging.ProviderType;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.FormEncoding;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.TwilioSignature;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Twilio's messaging webhooks, on the account's URL ({@code ?org=…&account=…}): status callbacks
 * ({@code MessageStatus}, {@code ErrorCode}; ours also name the message) and incoming messages
 * ({@code From}, {@code Body}, {@code MessageSid}). Each is checked against {@code X-Twilio-Signature}
 * with that account's auth token before anything is read into the database, then stored once and
 * applied through the same steps as every provider's reports.
 */
@Service
public class TwilioWebhooks {

    private final ProviderStore accounts;
    private final MessageStore messages;
    private final MessagingWebhooks webhooks;
    private final TransactionTemplate tx;
    private final Clock clock;

    TwilioWebhooks(
            ProviderStore accounts,
            MessageStore messages,
            MessagingWebhooks webhooks,
            TransactionTemplate tx,
            Clock clock) {
        this.accounts = accounts;
        this.messages = messages;
        this.webhooks = webhooks;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param url the full public URL Twilio called (its signature covers it)
     * @param body the form-encoded body as received
     */
    public MessagingWebhooks.Result receive(
            @Nullable String org, @Nullable String account, String url, String body, @Nullable String signature) {
        OrganizationId organization = MessagingWebhooks.organization(org);
        UUID accountId = id(account, "account");
        Map<String, List<String>> form;
        try {
            form = FormEncoding.decode(body);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("invalid_webhook", "the body is not URL-encoded");
        }
        return TenantContext.callAs(
                organization,
                () -> tx.execute(status -> {
                    ProviderAccount found = accounts.find(accountId)
                            .filter(a -> a.kind() == ProviderType.TWILIO)
                            .orElseThrow(() -> new NotFound("provider account", accountId.toString()));
                    Object token = accounts.secrets(found.channel()).get(TwilioAccount.AUTH_TOKEN);
                    if (!(token instanceof String authToken)
                            || !TwilioSignature.verify(authToken, url, form, body, signature)) {
                        throw new Forbidden("invalid_signature", "the webhook's X-Twilio-Signature does not match");
                    }
                    return apply(found, form, url);
                }));
    }

    private MessagingWebhooks.Result apply(ProviderAccount account, Map<String, List<String>> form, String url) {
        String sid = required(form, "MessageSid");
        String reported = field(form, "MessageStatus");
        if (reported != null) {
            Optional<MessageStatus> status = TwilioStatuses.status(reported);
            if (status.isEmpty()) {
                return MessagingWebhooks.Result.IGNORED;
            }
            String code = field(form, "ErrorCode");
            String reason = code == null ? null : TwilioStatuses.reason(code, field(form, "ErrorMessage"));
            return webhooks.status(
                    message(url, sid),
                    new MessageStore.Report(
                            "twilio:" + sid + ":" + reported, status.get(), code, reason, clock.instant()));
        }
        String from = required(form, "From").replaceFirst("^whatsapp:", "");
        return webhooks.inbound(
                ProviderType.TWILIO, sid, account.channel(), from, required(form, "Body"), clock.instant());
    }

    /** The message a status callback is about: the one its URL names (ours), else by Twilio's sid. */
    private Optional<MessagesRecord> message(String url, String sid) {
        String named = FormEncoding.decode(url.contains("?") ? url.substring(url.indexOf('?') + 1) : "")
                .getOrDefault("message", List.of())
                .stream()
                .findFirst()
                .orElse(null);
        if (named == null) {
            return messages.lockByProviderId(ProviderType.TWILIO, sid);
        }
        return messages.lock(MessageId.of(id(named, "message"))).filter(m -> sid.equals(m.getProviderMessageId()));
    }

    private static UUID id(@Nullable String value, String name) {
        try {
            return UUID.fromString(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "invalid_webhook", "the webhook URL's " + name + " parameter is not an id");
        }
    }

    private static String required(Map<String, List<String>> form, String name) {
        String value = field(form, name);
        if (value == null) {
            throw new InvalidInput(name, "invalid_webhook", "is required");
        }
        return value;
    }

    private static @Nullable String field(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }
}
