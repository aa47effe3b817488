package io.switchboard.conversations;

import io.switchboard.shared.Codes;

/** Which analyzer reads an organization's calls. */
public enum AnalyzerKind {
    LOCAL,
    OPENAI_COMPATIBLE;

    public static AnalyzerKind fromCode(String code) {
        return Codes.parse(AnalyzerKind.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
