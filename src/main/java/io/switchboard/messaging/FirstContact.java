package io.switchboard.messaging;

import io.switchboard.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The organization's automatic first contact: every lead that arrives (created by a person, a form,
 * the API or a vendor; not an import or an inbound call) gets the template on the channel
 * {@code delayMinutes} after it arrived, unless someone called or messaged it in the meantime. The
 * lead's send policy still decides (opt-out, consent, do-not-contact, quiet hours).
 *
 * @param channel email, sms or whatsapp; none while it was never set
 * @param templateId a template of that channel; none while it was never set
 * @param delayMinutes 0 (at once) to 1440
 */
public record FirstContact(
        boolean enabled, @Nullable Channel channel, @Nullable TemplateId templateId, int delayMinutes) {

    public static final FirstContact OFF = new FirstContact(false, null, null, 5);

    public FirstContact {
        if (channel != null && !channel.reachesLead()) {
            throw new InvalidInput(
                    "channel", "invalid_channel", "first contact goes to the lead: email, sms or whatsapp");
        }
        if (delayMinutes < 0 || delayMinutes > 1440) {
            throw new InvalidInput("delay_minutes", "invalid_delay", "must be between 0 and 1440 minutes");
        }
        if (enabled && channel == null) {
            throw new InvalidInput("channel", "channel_required", "say which channel the first contact goes on");
        }
        if (enabled && templateId == null) {
            throw new InvalidInput("template_id", "template_required", "say which template the first contact sends");
        }
    }
}
