package io.switchboard.messaging.internal;

import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.ProviderType;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Hands a message to one kind of provider; the provider reports its fate by webhook later. */
public interface Sender {

    ProviderType type();

    /**
     * A message ready to leave, with the account it leaves through.
     *
     * @param statusCallback where the provider reports this message's status (null: the simulator)
     * @param template the template it was rendered from, for a provider that sends templates by name
     *     (WhatsApp); null for free text
     */
    record Outbound(
            MessageId id,
            Channel channel,
            String recipient,
            @Nullable String subject,
            String body,
            Map<String, Object> config,
            Map<String, Object> secrets,
            @Nullable String statusCallback,
            @Nullable TemplateUse template) {}

    /**
     * A template as a provider knows it: its name, language and the values of its placeholders, in
     * the order the text uses them.
     */
    record TemplateUse(String name, String language, Map<String, String> parameters) {}

    /**
     * Sends the message; returns the provider's id for it.
     *
     * @throws SendFailed when the provider refused it for good (its code and reason)
     * @throws TryLater when it did not take the message this time and certainly did not send it
     */
    String send(Outbound message);

    /**
     * Whether the provider reports delivery later. One that does not (SMTP) has said all it will
     * when it accepted the message: the message is then {@code sent}, and never expires waiting.
     */
    default boolean reportsDelivery() {
        return true;
    }

    /**
     * Checks an account's settings before they are stored, so that a wrong one is a 400 now rather
     * than every message failing later.
     *
     * @param secrets the secrets given now, or null when the stored ones are kept
     * @param secretsStored whether the account has secrets stored already
     * @throws io.switchboard.shared.InvalidInput naming the setting
     */
    default void check(Map<String, Object> config, @Nullable Map<String, Object> secrets, boolean secretsStored) {}

    /** The provider refused the message: final, not retried. */
    final class SendFailed extends RuntimeException {
        private final String code;

        public SendFailed(String code, String reason) {
            super(reason);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * The provider could not take the message now (unreachable, 429, 5xx): the send job rolls back
     * and runs again after its retry policy's pause; when it gives up the message fails with this code.
     */
    final class TryLater extends RuntimeException {
        private final String code;

        public TryLater(String code, String reason) {
            super(reason);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
