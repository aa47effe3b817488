package io.switchboard.compliance;

/** A number went onto the platform-wide do-not-call list: no organization may call it. */
public record PlatformDoNotCallAdded(DncEntryId entryId, String phone) {}
