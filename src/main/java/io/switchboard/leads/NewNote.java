package io.switchboard.leads;

import io.switchboard.shared.UserId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** @param mentions users to notify about this note */
public record NewNote(
        String body,
        @Nullable NoteType noteType,
        boolean isPrivate,
        @Nullable List<UserId> mentions,
        @Nullable List<Note.Attachment> attachments) {}
