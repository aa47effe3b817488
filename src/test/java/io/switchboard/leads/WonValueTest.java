package io.switchboard.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WonValueTest {

    @Test
    void aFirstAmountWithoutACurrencyTakesTheOrganizationsAndLaterOnesKeepTheLeads() {
        WonValue first = WonValue.NONE.change(Optional.of(125_000L), null, "EUR");
        assertThat(first).isEqualTo(new WonValue(125_000L, "EUR"));
        assertThat(first.change(Optional.of(90_000L), null, "USD")).isEqualTo(new WonValue(90_000L, "EUR"));
        assertThat(first.change(null, Optional.of("GBP"), "USD")).isEqualTo(new WonValue(125_000L, "GBP"));
        assertThat(first.change(null, null, "USD")).isSameAs(first);
    }

    @Test
    void aNullAmountClearsBoth() {
        assertThat(new WonValue(5L, "USD").change(Optional.empty(), Optional.of("USD"), "USD"))
                .isEqualTo(WonValue.NONE);
    }

    @Test
    void negativeAmountsUnknownCurrenciesAndACurrencyWithoutAnAmountAreRefused() {
        assertThatThrownBy(() -> WonValue.NONE.change(Optional.of(-1L), null, "USD"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("value_minor");
        assertThatThrownBy(() -> WonValue.NONE.change(Optional.of(1L), Optional.of("ABC"), "USD"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("currency");
        assertThatThrownBy(() -> WonValue.NONE.change(Optional.of(1L), Optional.of("usd"), "USD"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> WonValue.NONE.change(null, Optional.of("USD"), "USD"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("value_minor");
    }
}
