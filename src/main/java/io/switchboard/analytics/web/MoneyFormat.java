package io.switchboard.analytics.web;

import io.switchboard.billing.Amounts;
import org.jspecify.annotations.Nullable;

/** Amounts and returns as the dashboard shows them: "1250.00 USD", "+35 %", a dash for none. */
record MoneyFormat(String currency) {

    static final String NONE = "—";

    public String of(@Nullable Long minor) {
        return minor == null ? NONE : Amounts.format(minor, currency);
    }

    public String percent(@Nullable Double ratio) {
        if (ratio == null) {
            return NONE;
        }
        long percent = Math.round(ratio * 100);
        return (percent > 0 ? "+" : "") + percent + " %";
    }
}
