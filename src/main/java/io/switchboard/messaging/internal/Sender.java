package io.switchboard.messaging.internal;

import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessageId;
import io.switchboard.messaging.ProviderType;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Hands a message to one kind of provider; the provider reports its fate by webhook later. */
public interface Sender {

    ProviderType type();

    /** A message ready to leave, with the account it leaves through. */
    record Outbound(
            MessageId id,
            Channel channel,
            String recipient,
            @Nullable String subject,
            String body,
            Map<String, Object> config,
            Map<String, Object> secrets) {}

    /**
     * Sends the message; returns the provider's id for it.
     *
     * @throws SendFailed when the provider refused it for good (its code and reason)
     */
    String send(Outbound message);

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
}
