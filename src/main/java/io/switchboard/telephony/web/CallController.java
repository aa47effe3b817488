package io.switchboard.telephony.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.shared.CursorPage;
import io.switchboard.telephony.AiAgentId;
import io.switchboard.telephony.Call;
import io.switchboard.telephony.CallDetail;
import io.switchboard.telephony.CallDirection;
import io.switchboard.telephony.CallFilter;
import io.switchboard.telephony.CallId;
import io.switchboard.telephony.CallManagement;
import io.switchboard.telephony.CallStatus;
import io.switchboard.telephony.PhoneNumberId;
import io.switchboard.telephony.PlaceCall;
import io.switchboard.telephony.TransferType;
import io.switchboard.telephony.provider.TransferTarget;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Calls", description = "Outbound and inbound calls, their status history, hang-up and transfer")
class CallController {

    // The docs' walk-through request, shown as the body's example in the OpenAPI document.
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String TEST_CALL_EXAMPLE =
            """
            {"lead_id": "01939a3c-5f6e-7b8a-9c0d-1e2f3a4b5c6d"}""";

    private final CallManagement calls;

    CallController(CallManagement calls) {
        this.calls = calls;
    }

    record PlaceCallBody(
            @NotNull UUID leadId,
            @Nullable UUID aiAgentId,
            @Nullable UUID fromNumberId,
            @Nullable @Size(max = 30) Map<String, Object> metadata) {}

    record TransferBody(
            @NotNull TransferType type,
            @NotBlank @Size(max = 200) String to,
            @Nullable @Size(max = 500) String reason,
            @Nullable @Size(max = 100) String department) {}

    @PostMapping("/api/v1/calls")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('calls:write')")
    @Operation(
            summary = "Call a lead now through an AI agent (answers at once with status queued)",
            description = "A test call needs only lead_id (a lead with a phone); without ai_agent_id the organization's"
                    + " first active call agent talks. Follow it with GET /api/v1/calls/{id}, its transcript and"
                    + " analysis under /api/v1/calls/{id}/…. 409 with a reason code (do_not_call,"
                    + " outside_calling_window, insufficient_credit, …) when the call may not be placed now.")
    Call place(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = JSON, examples = @ExampleObject(TEST_CALL_EXAMPLE)))
                    @Valid
                    @RequestBody
                    PlaceCallBody body,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return calls.place(
                new PlaceCall(
                        body.leadId(),
                        body.aiAgentId() == null ? null : AiAgentId.of(body.aiAgentId()),
                        body.fromNumberId() == null ? null : PhoneNumberId.of(body.fromNumberId()),
                        null,
                        body.metadata() == null ? Map.of() : body.metadata()),
                me.id().value());
    }

    @GetMapping("/api/v1/calls")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(
            summary = "Calls, newest first, filtered by lead, status, campaign, AI agent, direction, person, placing "
                    + "time, ended or handed over, or the organization's number",
            description = "Example: GET /api/v1/calls?campaign_id={id}&status=completed&limit=50; pass next_cursor"
                    + " back as cursor for the next page. created_after is inclusive, created_before exclusive"
                    + " (analytics' drill links use these to list exactly the calls a figure counts).")
    CursorPage<Call> list(
            @RequestParam(name = "lead_id", required = false) @Nullable UUID leadId,
            @RequestParam(required = false) @Nullable CallStatus status,
            @RequestParam(name = "campaign_id", required = false) @Nullable UUID campaignId,
            @RequestParam(name = "ai_agent_id", required = false) @Nullable UUID aiAgentId,
            @RequestParam(required = false) @Nullable CallDirection direction,
            @RequestParam(name = "user_id", required = false) @Nullable List<UUID> userId,
            @RequestParam(name = "created_after", required = false) @Nullable Instant createdAfter,
            @RequestParam(name = "created_before", required = false) @Nullable Instant createdBefore,
            @RequestParam(required = false) @Nullable Boolean ended,
            @RequestParam(required = false) @Nullable Boolean transferred,
            @RequestParam(name = "phone_number_id", required = false) @Nullable UUID phoneNumberId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return calls.list(
                new CallFilter(
                        leadId,
                        status,
                        campaignId,
                        aiAgentId == null ? null : AiAgentId.of(aiAgentId),
                        direction,
                        userId,
                        createdAfter,
                        createdBefore,
                        ended,
                        transferred,
                        phoneNumberId == null ? null : PhoneNumberId.of(phoneNumberId)),
                cursor,
                limit);
    }

    @GetMapping("/api/v1/calls/{id}")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(summary = "A call with its events (status history, transfers, recording, transcript arrival)")
    CallDetail get(@PathVariable UUID id) {
        return calls.get(CallId.of(id));
    }

    @PostMapping("/api/v1/calls/{id}/hangup")
    @PreAuthorize("hasAuthority('calls:write')")
    @Operation(summary = "End a call: cancels it if not yet dialled, else asks the provider to hang up")
    Call hangup(@PathVariable UUID id) {
        return calls.hangup(CallId.of(id));
    }

    @PostMapping("/api/v1/calls/{id}/transfer")
    @PreAuthorize("hasAuthority('calls:write')")
    @Operation(summary = "Hand a call in progress to a human (warm or cold), recorded on the call and the lead")
    Call transfer(@PathVariable UUID id, @Valid @RequestBody TransferBody body) {
        return calls.transfer(
                CallId.of(id), new TransferTarget(body.type(), body.to().strip(), body.reason(), body.department()));
    }
}
