package io.switchboard.leads;

import io.switchboard.leads.internal.Activities;
import io.switchboard.leads.internal.Pipelines;
import io.switchboard.shared.TenantContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes a lead's changes to its timeline and tells other modules about the ones they react to. */
@Component
class LeadChangeRecorder {

    private final Activities activities;
    private final Pipelines pipelines;
    private final ApplicationEventPublisher events;

    LeadChangeRecorder(Activities activities, Pipelines pipelines, ApplicationEventPublisher events) {
        this.activities = activities;
        this.pipelines = pipelines;
        this.events = events;
    }

    void recorded(Lead before, Lead after, @Nullable UUID actor) {
        UUID organization = TenantContext.require().value();
        if (before.status() != after.status()) {
            activities.record(
                    after.id(),
                    ActivityKind.STATUS_CHANGED,
                    actor,
                    "Status changed from " + before.status() + " to " + after.status(),
                    Map.of(
                            "from",
                            before.status().toString(),
                            "to",
                            after.status().toString()));
            events.publishEvent(
                    new LeadStatusChanged(organization, after.id(), before.status(), after.status(), actor));
        }
        if (!Objects.equals(before.stageId(), after.stageId()) && after.stageId() != null) {
            Pipeline.Stage stage =
                    pipelines.stage(after.stageId()).orElseThrow().stage();
            String from = before.stageId() == null
                    ? "none"
                    : pipelines
                            .stage(before.stageId())
                            .map(s -> s.stage().name())
                            .orElse("?");
            activities.record(
                    after.id(),
                    ActivityKind.STAGE_CHANGED,
                    actor,
                    "Moved from " + from + " to " + stage.name(),
                    Map.of(
                            "from",
                            from,
                            "to",
                            stage.name(),
                            "stage_id",
                            after.stageId().toString()));
            events.publishEvent(new LeadStageChanged(
                    organization, after.id(), before.stageId(), after.stageId(), stage.kind(), actor));
        }
        if (before.temperature() != after.temperature()) {
            activities.record(
                    after.id(),
                    ActivityKind.TEMPERATURE_CHANGED,
                    actor,
                    "Temperature changed from " + before.temperature() + " to " + after.temperature(),
                    Map.of(
                            "from",
                            before.temperature().toString(),
                            "to",
                            after.temperature().toString()));
        }
        if (before.score() != after.score()) {
            activities.record(
                    after.id(),
                    ActivityKind.SCORE_CHANGED,
                    actor,
                    "Score changed from " + before.score() + " to " + after.score(),
                    Map.of("from", before.score(), "to", after.score()));
        }
        List<String> fields = otherChanges(before, after);
        List<String> changed = new ArrayList<>(fields);
        compare(changed, "status", before.status(), after.status());
        compare(changed, "stage_id", before.stageId(), after.stageId());
        compare(changed, "score", before.score(), after.score());
        if (!changed.isEmpty()) {
            events.publishEvent(new LeadChanged(organization, after.id(), changed, actor, Instant.now()));
        }
        if (!fields.isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("fields", fields);
            activities.record(after.id(), ActivityKind.UPDATED, actor, "Updated " + String.join(", ", fields), details);
        }
    }

    private static List<String> otherChanges(Lead before, Lead after) {
        List<String> fields = new ArrayList<>();
        compare(fields, "name", before.name(), after.name());
        compare(fields, "email", before.email(), after.email());
        compare(fields, "phone", before.phone(), after.phone());
        compare(fields, "timezone", before.timezone(), after.timezone());
        compare(fields, "company", before.company(), after.company());
        compare(fields, "linkedin_url", before.linkedinUrl(), after.linkedinUrl());
        compare(fields, "expected_close_date", before.expectedCloseDate(), after.expectedCloseDate());
        compare(fields, "project_id", before.projectId(), after.projectId());
        compare(fields, "custom_fields", before.customFields(), after.customFields());
        compare(fields, "value_minor", before.valueMinor(), after.valueMinor());
        compare(fields, "currency", before.currency(), after.currency());
        return fields;
    }

    private static void compare(List<String> fields, String name, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }
}
