package io.switchboard.leads.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.Assignment;
import io.switchboard.leads.BulkAction;
import io.switchboard.leads.BulkLeadActions;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.LeadMerging;
import io.switchboard.leads.LeadOwnership;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.LeadTimeline;
import io.switchboard.leads.NewNote;
import io.switchboard.leads.Note;
import io.switchboard.leads.NoteId;
import io.switchboard.leads.NoteManagement;
import io.switchboard.leads.NoteType;
import io.switchboard.leads.Stakeholder;
import io.switchboard.leads.TimelineEntry;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Working a lead: notes, the timeline, assignment, stakeholders, merging, bulk actions. */
@RestController
@Tag(
        name = "Lead work",
        description = "Notes, timeline, assignment history and feedback, stakeholders, merge, bulk actions")
class LeadWorkController {

    private final NoteManagement notes;
    private final LeadTimeline timeline;
    private final LeadOwnership ownership;
    private final LeadMerging merging;
    private final LeadManagement leads;
    private final BulkLeadActions bulk;

    LeadWorkController(
            NoteManagement notes,
            LeadTimeline timeline,
            LeadOwnership ownership,
            LeadMerging merging,
            LeadManagement leads,
            BulkLeadActions bulk) {
        this.notes = notes;
        this.timeline = timeline;
        this.ownership = ownership;
        this.merging = merging;
        this.leads = leads;
        this.bulk = bulk;
    }

    record CreateNote(
            @NotBlank @Size(max = 10000) String body,
            @Nullable NoteType noteType,
            @Nullable Boolean isPrivate,
            @Nullable @Size(max = 50) List<UUID> mentions,
            @Nullable @Size(max = 20) List<Note.@Valid Attachment> attachments) {}

    record EditNote(@NotBlank @Size(max = 10000) String body) {}

    record Assign(@Nullable UUID ownerId, @Nullable @Size(max = 500) String reason) {}

    record Feedback(@NotBlank @Size(max = 2000) String feedback, @Nullable @Min(1) @Max(5) Integer rating) {}

    record Merge(@NotNull UUID duplicateId) {}

    record Bulk(
            @NotNull BulkAction.Kind action,
            @NotEmpty @Size(max = BulkAction.MAX_LEADS) List<UUID> leadIds,
            @Nullable UUID ownerId,
            @Nullable LeadStatus status,
            @Nullable @Size(max = 500) String reason) {}

    record BulkResult(int affected) {}

    @GetMapping("/api/v1/leads/{id}/notes")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "A lead's notes you may read (shared ones and your own private ones), newest first")
    List<Note> notes(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        return notes.list(LeadId.of(id), me.id().value());
    }

    @PostMapping("/api/v1/leads/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(summary = "Add a note; mentioned users are notified")
    Note addNote(
            @PathVariable UUID id, @Valid @RequestBody CreateNote body, @AuthenticationPrincipal AuthenticatedUser me) {
        return notes.add(
                LeadId.of(id),
                new NewNote(
                        body.body(),
                        body.noteType(),
                        Boolean.TRUE.equals(body.isPrivate()),
                        body.mentions() == null
                                ? null
                                : body.mentions().stream().map(UserId::of).toList(),
                        body.attachments()),
                me.id().value());
    }

    @PatchMapping("/api/v1/notes/{id}")
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(summary = "Edit your note")
    Note editNote(
            @PathVariable UUID id, @Valid @RequestBody EditNote body, @AuthenticationPrincipal AuthenticatedUser me) {
        return notes.edit(NoteId.of(id), body.body(), me.id().value());
    }

    @DeleteMapping("/api/v1/notes/{id}")
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(summary = "Delete your note")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteNote(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        notes.delete(NoteId.of(id), me.id().value());
    }

    @GetMapping("/api/v1/leads/{id}/timeline")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "Everything that happened to a lead, newest first")
    CursorPage<TimelineEntry> timeline(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return timeline.of(LeadId.of(id), cursor, limit);
    }

    @PostMapping("/api/v1/leads/{id}/assign")
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(summary = "Assign (or reassign, or with owner_id null unassign) a lead, with a reason")
    Assignment assign(
            @PathVariable UUID id, @Valid @RequestBody Assign body, @AuthenticationPrincipal AuthenticatedUser me) {
        return ownership.assign(
                LeadId.of(id),
                body.ownerId() == null ? null : UserId.of(body.ownerId()),
                body.reason(),
                me.id().value());
    }

    @GetMapping("/api/v1/leads/{id}/assignments")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "The lead's assignment history, newest first")
    List<Assignment> assignments(@PathVariable UUID id) {
        return ownership.history(LeadId.of(id));
    }

    @PostMapping("/api/v1/leads/{id}/assignments/{assignmentId}/feedback")
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(summary = "Feedback on a reassignment, by the person the lead was handed to")
    Assignment feedback(
            @PathVariable UUID id,
            @PathVariable UUID assignmentId,
            @Valid @RequestBody Feedback body,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return ownership.feedback(
                LeadId.of(id),
                assignmentId,
                body.feedback(),
                body.rating(),
                me.id().value());
    }

    @PostMapping("/api/v1/leads/{id}/merge")
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(summary = "Merge duplicate_id into this lead, keeping the history of both")
    Lead merge(@PathVariable UUID id, @Valid @RequestBody Merge body, @AuthenticationPrincipal AuthenticatedUser me) {
        return merging.merge(
                LeadId.of(id), LeadId.of(body.duplicateId()), me.id().value());
    }

    @PostMapping("/api/v1/leads/{id}/stakeholders")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(summary = "Add a stakeholder (another contact, with their role)")
    Stakeholder addStakeholder(
            @PathVariable UUID id,
            @Valid @RequestBody LeadController.StakeholderInput body,
            @AuthenticationPrincipal AuthenticatedUser me) {
        return leads.addStakeholder(LeadId.of(id), body.toNew(), me.id().value());
    }

    @DeleteMapping("/api/v1/leads/{id}/stakeholders/{stakeholderId}")
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(summary = "Remove a stakeholder")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeStakeholder(@PathVariable UUID id, @PathVariable UUID stakeholderId) {
        leads.removeStakeholder(LeadId.of(id), stakeholderId);
    }

    @PostMapping("/api/v1/leads/bulk")
    @PreAuthorize("hasAuthority('leads:write')")
    @Operation(summary = "Assign, change the status of, or delete up to 1000 leads at once (all or nothing)")
    BulkResult bulk(@Valid @RequestBody Bulk body, @AuthenticationPrincipal AuthenticatedUser me) {
        if (body.action() == BulkAction.Kind.DELETE && !me.has(io.switchboard.identity.Permission.LEADS_DELETE)) {
            throw new Forbidden("permission_denied", "deleting leads needs the leads:delete permission");
        }
        return new BulkResult(bulk.apply(
                new BulkAction(
                        body.action(),
                        body.leadIds().stream().map(LeadId::of).toList(),
                        body.ownerId() == null ? null : UserId.of(body.ownerId()),
                        body.status(),
                        body.reason()),
                me.id().value()));
    }
}
