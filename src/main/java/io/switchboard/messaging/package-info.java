/**
 * Messaging: e-mail, SMS, WhatsApp and Slack messages to leads. The steps of a message:
 *
 * <ol>
 *   <li>{@link io.switchboard.messaging.Messaging#send} renders the body (a template version or free
 *       text) and asks {@link io.switchboard.messaging.SendPolicy} whether it may go (opt-out,
 *       consent in {@code compliance}, do-not-contact, quiet hours, the WhatsApp window, template
 *       approval); a refusal is a 409 with its code and nothing is stored;
 *   <li>the accepted message is queued on the job engine ({@code messaging.send}), at once or at
 *       its {@code send_at}; the job hands it to the channel's provider account (the simulated
 *       provider when the organization configured none);
 *   <li>provider webhooks ({@code /api/v1/webhooks/messaging/{kind}}) are verified, stored as
 *       message events (deduplicated on the provider's event id) and applied through the
 *       forward-only {@link io.switchboard.messaging.MessageStatus} machine;
 *   <li>inbound replies land on the lead's timeline and notify its owner; STOP-words opt the
 *       address out of the channel, START opts it back in;
 *   <li>{@code Alerts} hears a lead turning hot (scoring's {@code LeadTemperatureChanged}) and a
 *       reply ({@link io.switchboard.messaging.LeadReplied}) and, per the organization's
 *       {@link io.switchboard.messaging.AlertRule}s, queues an alert about the lead to Slack or a
 *       team address through the same send job, once per event.
 * </ol>
 */
@ApplicationModule(
        displayName = "Messaging",
        allowedDependencies = {
            "compliance",
            "db",
            "identity",
            "jobs",
            "leads",
            "notifications",
            "scoring",
            "shared",
            "telephony",
            "tenancy"
        })
@NullMarked
package io.switchboard.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
