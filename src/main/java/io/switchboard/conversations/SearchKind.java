package io.switchboard.conversations;

import io.switchboard.shared.Codes;

/** What a conversation search looks through: call transcripts, lead notes. */
public enum SearchKind {
    TRANSCRIPT,
    NOTE;

    public static SearchKind fromCode(String code) {
        return Codes.parse(SearchKind.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
