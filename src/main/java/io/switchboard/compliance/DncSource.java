package io.switchboard.compliance;

import io.switchboard.shared.Codes;

/** How a number came onto a do-not-call list. */
public enum DncSource {
    /** Added by a person, in the console or through the API. */
    MANUAL,
    /** A CSV import. */
    IMPORT,
    /** The caller asked not to be called again during a call (a provider event, a key press). */
    CALL_REQUEST,
    /** The transcript analysis heard the caller ask not to be called again. */
    TRANSCRIPT;

    public static DncSource fromCode(String code) {
        return Codes.parse(DncSource.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
