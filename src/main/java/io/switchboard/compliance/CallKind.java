package io.switchboard.compliance;

import io.switchboard.shared.Codes;

/** Who speaks for the organization on a call: consent rules differ for AI agents. */
public enum CallKind {
    AI,
    HUMAN;

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
