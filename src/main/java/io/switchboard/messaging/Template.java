package io.switchboard.messaging;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message template at its current version.
 *
 * @param variables the placeholders its subject and body use
 * @param category WhatsApp's template category (marketing, utility, authentication)
 */
public record Template(
        TemplateId id,
        String name,
        Channel channel,
        String language,
        @Nullable String subject,
        String body,
        List<String> variables,
        @Nullable String category,
        Approval approval,
        int version,
        Instant createdAt,
        Instant updatedAt) {}
