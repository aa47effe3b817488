package io.switchboard.campaigns;

import io.switchboard.shared.Codes;

/**
 * Which due members a campaign calls first: the highest-scored (ties: the longest due), or simply
 * the longest due (arrival order).
 */
public enum DialOrder {
    SCORE_DESC,
    ARRIVAL;

    public static DialOrder fromCode(String code) {
        return Codes.parse(DialOrder.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
