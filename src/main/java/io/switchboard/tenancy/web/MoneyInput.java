package io.switchboard.tenancy.web;

import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Forms take amounts in major units ("2500.00"); the model keeps minor units. */
final class MoneyInput {

    private MoneyInput() {}

    static @Nullable Money parse(String field, @Nullable String amount, @Nullable String currency) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            Currency code = Currency.getInstance((currency == null || currency.isBlank() ? "USD" : currency)
                    .trim()
                    .toUpperCase(Locale.ROOT));
            BigDecimal major = new BigDecimal(amount.trim().replace(",", ""));
            if (major.signum() < 0) {
                throw new InvalidInput(field, "invalid_amount", "must not be negative");
            }
            long minor = major.movePointRight(Math.max(code.getDefaultFractionDigits(), 0))
                    .longValueExact();
            return new Money(minor, code.getCurrencyCode());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInput(field, "invalid_amount", "is not an amount such as 2500.00");
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "invalid_currency", "is not an ISO 4217 currency such as USD");
        }
    }

    static String format(@Nullable Money money) {
        if (money == null) {
            return "";
        }
        int digits = Math.max(Currency.getInstance(money.currency()).getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(money.amountMinor(), digits).toPlainString();
    }
}
