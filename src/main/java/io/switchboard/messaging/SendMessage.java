package io.switchboard.messaging;

import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.leads.LeadId;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message to send: a template (rendered with the lead's data and {@code variables}) or a body.
 *
 * @param purpose what the consent must cover (marketing when null)
 * @param sendAt when to send it (now when null)
 */
public record SendMessage(
        LeadId leadId,
        Channel channel,
        @Nullable TemplateId templateId,
        @Nullable String subject,
        @Nullable String body,
        Map<String, String> variables,
        @Nullable ConsentPurpose purpose,
        @Nullable Instant sendAt) {}
