package io.switchboard.billing;

import io.switchboard.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.Currency;

/** Minor units as people read and type them: 12345 USD is "123.45 USD"; 500 JPY is "500 JPY". */
public final class Amounts {

    private Amounts() {}

    public static String format(long minor, String currency) {
        return plain(minor, currency) + " " + currency;
    }

    /** The number alone, for an input field: "123.45". */
    public static String plain(long minor, String currency) {
        return BigDecimal.valueOf(minor, digits(currency)).toPlainString();
    }

    /** Reads "25", "25.5" or "25.50" as minor units of {@code currency}. */
    public static long parse(String field, String text, String currency) {
        try {
            return new BigDecimal(text.strip()).movePointRight(digits(currency)).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInput(field, "invalid_amount", "is not an amount such as 25.00");
        }
    }

    static int digits(String currency) {
        try {
            return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}
