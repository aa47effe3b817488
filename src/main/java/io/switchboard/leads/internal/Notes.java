package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.LEAD_NOTES;

import io.switchboard.db.tables.records.LeadNotesRecord;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.Note;
import io.switchboard.leads.NoteId;
import io.switchboard.leads.NoteType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class Notes {

    private final DSLContext db;
    private final JsonMapper json;

    Notes(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public LeadNotesRecord newRecord() {
        return db.newRecord(LEAD_NOTES);
    }

    public Optional<LeadNotesRecord> findRecord(NoteId id) {
        return db.selectFrom(LEAD_NOTES)
                .where(LEAD_NOTES.ID.eq(id.value()))
                .and(LEAD_NOTES.DELETED_AT.isNull())
                .fetchOptional();
    }

    /** The notes a viewer may read: shared ones, and their own private ones. */
    public List<Note> visible(LeadId lead, @Nullable UUID viewer) {
        return db.selectFrom(LEAD_NOTES)
                .where(LEAD_NOTES.LEAD_ID.eq(lead.value()))
                .and(LEAD_NOTES.DELETED_AT.isNull())
                .and(LEAD_NOTES
                        .IS_PRIVATE
                        .isFalse()
                        .or(viewer == null ? org.jooq.impl.DSL.falseCondition() : LEAD_NOTES.AUTHOR_ID.eq(viewer)))
                .orderBy(LEAD_NOTES.CREATED_AT.desc())
                .fetch(this::toNote);
    }

    public int move(LeadId from, LeadId to) {
        return db.update(LEAD_NOTES)
                .set(LEAD_NOTES.LEAD_ID, to.value())
                .where(LEAD_NOTES.LEAD_ID.eq(from.value()))
                .execute();
    }

    public JSONB attachments(List<Note.Attachment> attachments) {
        return JSONB.valueOf(json.writeValueAsString(attachments));
    }

    public Note toNote(LeadNotesRecord r) {
        return new Note(
                NoteId.of(r.getId()),
                LeadId.of(r.getLeadId()),
                r.getAuthorId(),
                NoteType.fromCode(r.getNoteType()),
                r.getBody(),
                r.getIsPrivate(),
                Arrays.asList(r.getMentions()),
                json.readValue(r.getAttachments().data(), new TypeReference<List<Note.Attachment>>() {}),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant());
    }
}
