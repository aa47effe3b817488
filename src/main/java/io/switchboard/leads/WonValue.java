package io.switchboard.leads;

import io.switchboard.shared.Currencies;
import io.switchboard.shared.InvalidInput;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a lead is worth when won: an amount in minor units and its ISO 4217 currency, both or neither.
 * A change names the amount, the currency or both; an amount without a currency keeps the lead's,
 * else takes the organization's.
 *
 * @param valueMinor null together with {@code currency}: no value
 */
public record WonValue(@Nullable Long valueMinor, @Nullable String currency) {

    public static final WonValue NONE = new WonValue(null, null);

    /**
     * The value after a change ({@code null}: leave it; an empty {@link Optional} amount clears both).
     *
     * @param defaultCurrency the organization's currency, for a first amount given without one
     */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    public WonValue change(
            @Nullable Optional<Long> amount, @Nullable Optional<String> newCurrency, String defaultCurrency) {
        if (amount == null && newCurrency == null) {
            return this;
        }
        if (amount != null && amount.isEmpty()) {
            return NONE;
        }
        Long value = amount == null ? valueMinor : amount.get();
        if (value == null) {
            throw new InvalidInput("value_minor", "value_required", "set value_minor together with the currency");
        }
        if (value < 0) {
            throw new InvalidInput("value_minor", "invalid_amount", "must not be negative");
        }
        String code = newCurrency != null && newCurrency.isPresent()
                ? Currencies.requireKnown("currency", newCurrency.get())
                : currency != null ? currency : defaultCurrency;
        return new WonValue(value, code);
    }
}
