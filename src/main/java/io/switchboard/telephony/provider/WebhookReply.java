package io.switchboard.telephony.provider;

/** The body Switchboard answers a webhook with. */
public record WebhookReply(String contentType, String body) {

    public static final WebhookReply EMPTY = new WebhookReply("text/plain", "");
}
