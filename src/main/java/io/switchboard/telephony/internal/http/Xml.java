package io.switchboard.telephony.internal.http;

import io.switchboard.telephony.provider.WebhookReply;

/** The call-flow documents Twilio (TwiML) and Plivo (Plivo XML) expect in answer to a webhook. */
public final class Xml {

    public static final String CONTENT_TYPE = "application/xml";

    private Xml() {}

    /** Escapes text for an element's content or an attribute value. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // Characters XML 1.0 does not allow are dropped rather than sent broken.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** {@code <Response>body</Response>} as a webhook answer. */
    public static WebhookReply response(String body) {
        return new WebhookReply(
                CONTENT_TYPE, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + body + "</Response>");
    }
}
