package io.switchboard.conversations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.conversations.CallAnalysis;
import io.switchboard.conversations.CallConversations;
import io.switchboard.conversations.CallTranscript;
import io.switchboard.conversations.InboxItem;
import io.switchboard.conversations.InboxScope;
import io.switchboard.conversations.Qualification;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.Forbidden;
import io.switchboard.telephony.CallId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Conversations",
        description = "Each answered call's transcript and its analysis (intent, sentiment, qualification, topics,"
                + " objections, next steps, summary, quality), and the inbox of analysed calls")
class CallConversationController {

    private final CallConversations conversations;

    CallConversationController(CallConversations conversations) {
        this.conversations = conversations;
    }

    record AnalysisUpdate(@NotNull Boolean isRead) {}

    @GetMapping("/api/v1/calls/{id}/transcript")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(
            summary = "The call's transcript: speaker turns with their times, and how its analysis is going",
            description = "404 when the call has no transcript (not answered, not delivered yet) or belongs to"
                    + " another organization.")
    CallTranscript transcript(@PathVariable UUID id) {
        return conversations.transcript(CallId.of(id));
    }

    @GetMapping("/api/v1/calls/{id}/analysis")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(
            summary = "The call's analysis",
            description = "Example answer: {\"call_id\": \"…\", \"run\": 1, \"qualification\": \"hot\","
                    + " \"total_score\": 84.65, \"next_steps\": […], …}. 404 not_found when the call has no"
                    + " transcript; 404 analysis_not_ready (with analysis_status pending, processing or failed) while"
                    + " it has no analysis.")
    CallAnalysis analysis(@PathVariable UUID id) {
        return conversations.analysis(CallId.of(id));
    }

    @PatchMapping("/api/v1/calls/{id}/analysis")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(summary = "Mark the analysis read (it leaves the unread inbox) or unread: {\"is_read\": true}")
    CallAnalysis update(
            @PathVariable UUID id,
            @Valid @RequestBody AnalysisUpdate body,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return conversations.markRead(CallId.of(id), body.isRead(), me.id().value());
    }

    @PostMapping("/api/v1/calls/{id}/analysis/rerun")
    @PreAuthorize("hasAuthority('calls:write')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Analyse the call again",
            description = "With the organization's current analyzer and rules, e.g. after changing them or after"
                    + " the analysis failed. Answers the transcript with analysis_status pending; the new"
                    + " analysis replaces the old one (unread again). 409 analysis_running while one runs.")
    CallTranscript rerun(@PathVariable UUID id) {
        return conversations.reanalyze(CallId.of(id));
    }

    @GetMapping("/api/v1/inbox")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(
            summary = "Analysed calls, newest first: by default the caller's unread ones",
            description = "An analysis lands in the inbox of the lead's owner (else of the user who placed the call)."
                    + " scope=all lists everyone's and needs calls:write (managers, supervisors, admins).")
    CursorPage<InboxItem> inbox(
            @Parameter(description = "mine (default) or all") @RequestParam(defaultValue = "mine") InboxScope scope,
            @Parameter(description = "only unread analyses (default true)") @RequestParam(defaultValue = "true")
                    boolean unread,
            @RequestParam(required = false) @Nullable Qualification qualification,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return conversations.inbox(owner(scope, me), unread, qualification, cursor, limit);
    }

    /** Whose inbox: the caller's, or (with calls:write) everyone's. */
    static @Nullable UUID owner(InboxScope scope, AuthenticatedUser me) {
        if (scope == InboxScope.MINE) {
            return me.id().value();
        }
        if (!me.has(Permission.CALLS_WRITE)) {
            throw new Forbidden("permission_denied", "scope=all needs the calls:write permission");
        }
        return null;
    }
}
