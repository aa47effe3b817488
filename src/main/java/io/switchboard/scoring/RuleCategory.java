package io.switchboard.scoring;

import io.switchboard.shared.Codes;

/** What a rule looks at (for the rules page; it does not change how a rule scores). */
public enum RuleCategory {
    DEMOGRAPHIC,
    FIRMOGRAPHIC,
    BEHAVIORAL,
    ENGAGEMENT,
    SOURCE;

    public static RuleCategory fromCode(String code) {
        return Codes.parse(RuleCategory.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
