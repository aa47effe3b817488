package io.switchboard.routing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.routing.Queue;
import io.switchboard.routing.QueueId;
import io.switchboard.routing.QueueManagement;
import io.switchboard.routing.QueueSettings;
import io.switchboard.routing.QueueStats;
import io.switchboard.routing.SkillLevel;
import io.switchboard.routing.Strategy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Routing")
class QueueController {

    private static final String EXAMPLE =
            """
            {"name": "Spanish sales", "strategy": "skills", "required_skills": [{"skill": "spanish", "level": 3}],
             "reservation_timeout_seconds": 20, "wrap_up_seconds": 30, "sla_seconds": 60}""";

    private final QueueManagement queues;

    QueueController(QueueManagement queues) {
        this.queues = queues;
    }

    /**
     * @param strategy round_robin | least_busy | longest_idle (default) | skills | score_priority |
     *     weighted_random
     * @param businessHours {time_zone (the organization's when left out), days (every day), start,
     *     end ("09:00" or "09:00:00"; an end before the start runs past midnight)}; null for always open
     * @param overflowQueueId where work goes when no agent at all holds its skills, or when it waited
     *     overflow_after_seconds (default: sla_seconds)
     * @param takesCallbacks makes this the organization's callback queue (another loses the mark)
     * @param phoneNumberIds numbers whose inbound calls become call work here (a number bound to
     *     another queue moves here)
     */
    record QueueBody(
            @NotBlank @Size(max = 120) String name,
            @Nullable UUID teamId,
            @Nullable Strategy strategy,
            @Nullable @Size(max = 20) List<@Valid @NotNull SkillLevel> requiredSkills,
            @Nullable Integer reservationTimeoutSeconds,
            @Nullable Integer wrapUpSeconds,
            @Nullable Integer slaSeconds,
            @Nullable Map<String, Object> businessHours,
            @Nullable UUID overflowQueueId,
            @Nullable Integer overflowAfterSeconds,
            @Nullable Boolean takesCallbacks,
            @Nullable @Size(max = 50) List<@NotNull UUID> phoneNumberIds) {

        QueueSettings settings() {
            return new QueueSettings(
                    name,
                    teamId,
                    strategy,
                    requiredSkills,
                    reservationTimeoutSeconds,
                    wrapUpSeconds,
                    slaSeconds,
                    businessHours,
                    overflowQueueId,
                    overflowAfterSeconds,
                    takesCallbacks,
                    phoneNumberIds);
        }
    }

    record Queues(List<Queue> data) {}

    record Stats(List<QueueStats> data) {}

    @GetMapping("/api/v1/queues")
    @PreAuthorize("hasAuthority('routing:read')")
    @Operation(summary = "Queues, by name")
    Queues list() {
        return new Queues(queues.list());
    }

    @GetMapping("/api/v1/queues/stats")
    @PreAuthorize("hasAuthority('routing:read')")
    @Operation(summary = "Each queue's depth, work in progress, longest wait and SLA % today (the wallboard)")
    Stats stats() {
        return new Stats(queues.stats());
    }

    @PostMapping("/api/v1/queues")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('routing:manage')")
    @Operation(summary = "Create a queue", description = "400 names the field and changes nothing.")
    Queue create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            examples = @ExampleObject(EXAMPLE)))
                    @Valid
                    @RequestBody
                    QueueBody body) {
        return queues.create(body.settings());
    }

    @GetMapping("/api/v1/queues/{id}")
    @PreAuthorize("hasAuthority('routing:read')")
    @Operation(summary = "Get a queue")
    Queue get(@PathVariable UUID id) {
        return queues.get(QueueId.of(id));
    }

    @PutMapping("/api/v1/queues/{id}")
    @PreAuthorize("hasAuthority('routing:manage')")
    @Operation(summary = "Replace a queue's settings (omitted ones go back to their defaults)")
    Queue replace(@PathVariable UUID id, @Valid @RequestBody QueueBody body) {
        return queues.replace(QueueId.of(id), body.settings());
    }

    @DeleteMapping("/api/v1/queues/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('routing:manage')")
    @Operation(summary = "Delete an empty queue", description = "409 queue_not_empty while it holds open work.")
    void delete(@PathVariable UUID id) {
        queues.delete(QueueId.of(id));
    }
}
