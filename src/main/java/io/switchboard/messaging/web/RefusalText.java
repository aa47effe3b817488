package io.switchboard.messaging.web;

import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.Labels;
import io.switchboard.messaging.MessagingWindow;
import java.util.Locale;

/**
 * A refused message explained to the person who tried to send it: what the code means for this
 * lead and channel, and what would let the message go. The API answers the stable code; a person
 * needs the sentence.
 */
final class RefusalText {

    private RefusalText() {}

    static String of(String code, Channel channel, ConsentPurpose purpose, MessagingWindow window) {
        String label = Labels.of(channel);
        return switch (code) {
            case "no_consent" ->
                "No " + label + " consent for " + purpose.toString().toLowerCase(Locale.ROOT)
                        + " — record consent first";
            case "opted_out" ->
                "The lead opted out of " + label + " (they replied STOP) — they can opt back in by replying START";
            case "do_not_contact" -> "The number is on a do-not-call list — " + label + " to it is blocked";
            case "quiet_hours" ->
                "Quiet hours in the lead's time zone — messages go out between " + clock(window.startMinute()) + " and "
                        + clock(window.endMinute()) + " their time; schedule it for later";
            case "outside_whatsapp_window" ->
                "Free-form WhatsApp only within 24 hours of the lead's last message — use an approved template";
            case "template_not_approved" -> "This WhatsApp template is not approved yet — pick an approved template";
            case "no_address" ->
                "The lead has no " + (channel == Channel.EMAIL ? "e-mail address" : "phone number")
                        + " — add one under Details";
            case "lead_deleted" -> "The lead is deleted — restore it first";
            default -> "The message was refused (" + code + ")";
        };
    }

    static String clock(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }
}
