package io.switchboard.compliance;

/** A number was taken off the platform-wide do-not-call list. */
public record PlatformDoNotCallRemoved(DncEntryId entryId, String phone) {}
