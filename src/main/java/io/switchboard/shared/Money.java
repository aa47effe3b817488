package io.switchboard.shared;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An amount in minor units (cents, paise…) with its ISO 4217 currency code. */
public record Money(
        @NotNull @PositiveOrZero Long amountMinor,
        @NotNull @Size(min = 3, max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
                String currency) {}
