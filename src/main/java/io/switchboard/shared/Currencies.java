package io.switchboard.shared;

import java.util.Currency;

/** ISO 4217 currency codes as the edge accepts them: three capitals naming a currency that exists. */
public final class Currencies {

    private Currencies() {}

    /** {@code code} when it is a known ISO 4217 code; otherwise bad input on {@code field}. */
    public static String requireKnown(String field, String code) {
        if (!code.matches("[A-Z]{3}")) {
            throw new InvalidInput(field, "invalid_currency", "must be an ISO 4217 code such as USD");
        }
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(field, "unknown_currency", "no currency has the ISO 4217 code " + code);
        }
        return code;
    }
}
