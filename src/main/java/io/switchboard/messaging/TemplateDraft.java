package io.switchboard.messaging;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a template says, as created or changed (a new version). */
public record TemplateDraft(
        String name,
        Channel channel,
        String language,
        @Nullable String subject,
        String body,
        List<String> variables,
        @Nullable String category,
        Approval approval) {}
