package io.switchboard.compliance;

import io.switchboard.shared.Codes;

/** How a lead gave consent to be called by an AI agent. */
public enum ConsentSource {
    /** A web form with a consent checkbox (the evidence: the form's URL, the submission). */
    WEB_FORM,
    /** Said on a recorded call (the evidence: the recording, the transcript). */
    VERBAL,
    /** A signed document. */
    WRITTEN,
    /** A text-message reply. */
    SMS,
    /** An e-mail. */
    EMAIL,
    OTHER;

    public static ConsentSource fromCode(String code) {
        return Codes.parse(ConsentSource.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
