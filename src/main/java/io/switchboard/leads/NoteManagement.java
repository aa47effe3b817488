package io.switchboard.leads;

import io.switchboard.leads.internal.Activities;
import io.switchboard.leads.internal.Notes;
import io.switchboard.leads.internal.People;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import io.switchboard.shared.UserId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notes on leads: shared or private, with @mentions that notify people, and attachment metadata. */
@Service
public class NoteManagement {

    private final Notes notes;
    private final LeadManagement leads;
    private final Activities activities;
    private final People people;
    private final ApplicationEventPublisher events;

    NoteManagement(
            Notes notes, LeadManagement leads, Activities activities, People people, ApplicationEventPublisher events) {
        this.notes = notes;
        this.leads = leads;
        this.activities = activities;
        this.people = people;
        this.events = events;
    }

    @Transactional
    public Note add(LeadId leadId, NewNote command, @Nullable UUID author) {
        Lead lead = leads.get(leadId);
        String body = command.body().strip();
        if (body.isEmpty() || body.length() > 10_000) {
            throw new InvalidInput("body", "invalid_length", "must be 1 to 10000 characters");
        }
        Set<UserId> mentioned = new LinkedHashSet<>(command.mentions() == null ? List.of() : command.mentions());
        mentioned.forEach(user -> people.active(user, "mentions"));
        List<Note.Attachment> attachments = command.attachments() == null ? List.of() : command.attachments();
        attachments.forEach(NoteManagement::checkAttachment);
        var record = notes.newRecord();
        NoteId id = NoteId.generate();
        record.setOrganizationId(TenantContext.require().value());
        record.setId(id.value());
        record.setLeadId(leadId.value());
        record.setAuthorId(author);
        record.setNoteType((command.noteType() == null ? NoteType.GENERAL : command.noteType()).toString());
        record.setBody(body);
        record.setIsPrivate(command.isPrivate());
        record.setMentions(mentioned.stream().map(UserId::value).toArray(UUID[]::new));
        record.setAttachments(notes.attachments(attachments));
        record.store();
        String excerpt = body.length() > 140 ? body.substring(0, 137) + "…" : body;
        activities.record(
                leadId,
                ActivityKind.NOTE_ADDED,
                author,
                command.isPrivate() ? "Private note added" : "Note: " + excerpt,
                Map.of("note_id", id.toString()));
        announce(lead, id, body, mentioned, author, excerpt);
        return notes.toNote(record);
    }

    /** The note's text to whatever indexes it, and each mention to the person mentioned (not to the author). */
    private void announce(
            Lead lead, NoteId id, String body, Set<UserId> mentioned, @Nullable UUID author, String excerpt) {
        UUID organization = TenantContext.require().value();
        events.publishEvent(new NoteWritten(organization, id, lead.id(), body));
        for (UserId user : mentioned) {
            if (!user.value().equals(author)) {
                events.publishEvent(new NoteMentioned(organization, lead.id(), lead.name(), id, user, author, excerpt));
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Note> list(LeadId leadId, @Nullable UUID viewer) {
        leads.get(leadId);
        return notes.visible(leadId, viewer);
    }

    /** Only the author edits or deletes a note. */
    @Transactional
    public Note edit(NoteId id, String body, @Nullable UUID editor) {
        var record = notes.findRecord(id).orElseThrow(() -> new NotFound("note", id));
        visibleTo(record.getIsPrivate(), record.getAuthorId(), editor, id);
        if (editor == null || !editor.equals(record.getAuthorId())) {
            throw new Forbidden("not_note_author", "only the author may edit a note");
        }
        String clean = body.strip();
        if (clean.isEmpty() || clean.length() > 10_000) {
            throw new InvalidInput("body", "invalid_length", "must be 1 to 10000 characters");
        }
        record.setBody(clean);
        record.store();
        Note note = notes.toNote(record);
        events.publishEvent(new NoteWritten(TenantContext.require().value(), id, note.leadId(), clean));
        return note;
    }

    @Transactional
    public void delete(NoteId id, @Nullable UUID actor) {
        var record = notes.findRecord(id).orElseThrow(() -> new NotFound("note", id));
        visibleTo(record.getIsPrivate(), record.getAuthorId(), actor, id);
        if (actor == null || !actor.equals(record.getAuthorId())) {
            throw new Forbidden("not_note_author", "only the author may delete a note");
        }
        record.setDeletedAt(java.time.OffsetDateTime.now());
        record.store();
        events.publishEvent(new NoteDeleted(
                TenantContext.require().value(), id, notes.toNote(record).leadId()));
    }

    /** Someone else's private note does not exist, as far as the caller can tell. */
    private static void visibleTo(boolean isPrivate, @Nullable UUID author, @Nullable UUID viewer, NoteId id) {
        if (isPrivate && (viewer == null || !viewer.equals(author))) {
            throw new NotFound("note", id);
        }
    }

    private static void checkAttachment(Note.Attachment attachment) {
        if (attachment.name() == null
                || attachment.name().isBlank()
                || attachment.name().length() > 300) {
            throw new InvalidInput("attachments.name", "invalid_attachment", "must be 1 to 300 characters");
        }
        if (attachment.url() == null || !attachment.url().matches("https?://\\S{1,1990}")) {
            throw new InvalidInput("attachments.url", "invalid_attachment", "must be an http(s) URL");
        }
        if (attachment.sizeBytes() != null && attachment.sizeBytes() < 0) {
            throw new InvalidInput("attachments.size_bytes", "invalid_attachment", "must not be negative");
        }
    }
}
