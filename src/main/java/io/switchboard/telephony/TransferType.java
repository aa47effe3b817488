package io.switchboard.telephony;

import io.switchboard.shared.Codes;

/** Warm: the AI introduces the caller to the human; cold: it hands the line over. */
public enum TransferType {
    WARM,
    COLD;

    public static TransferType fromCode(String code) {
        return Codes.parse(TransferType.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
