package io.switchboard.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinuteRoundingTest {

    @ParameterizedTest(name = "{0} → {1} minutes")
    @CsvSource({
        "PT0S, 0",
        "PT0.001S, 1",
        "PT1S, 1",
        "PT59.999S, 1",
        "PT60S, 1",
        "PT60.001S, 2",
        "PT61S, 2",
        "PT120S, 2",
        "PT3M12S, 4",
        "PT10M5S, 11",
        "PT24H, 1440"
    })
    void everyStartedMinuteCounts(Duration duration, int minutes) {
        assertThat(MinuteRounding.billableMinutes(duration)).isEqualTo(minutes);
    }

    @ParameterizedTest
    @CsvSource({"PT61S, 25, 50", "PT0S, 25, 0", "PT30S, 0, 0", "PT3M, 7, 21"})
    void theChargeIsMinutesTimesTheRate(Duration duration, long rate, long charge) {
        assertThat(MinuteRounding.charge(duration, rate)).isEqualTo(charge);
    }

    @ParameterizedTest
    @CsvSource({"PT-1S", "PT24H0.001S", "PT48H"})
    void negativeOrAbsurdDurationsAreRefused(Duration duration) {
        assertThatThrownBy(() -> MinuteRounding.billableMinutes(duration)).isInstanceOf(InvalidInput.class);
    }

    @ParameterizedTest
    @CsvSource({"12345, USD, 123.45 USD", "500, JPY, 500 JPY", "-250, EUR, -2.50 EUR", "5, INR, 0.05 INR"})
    void amountsAreWrittenInTheCurrencysUnits(long minor, String currency, String text) {
        assertThat(Amounts.format(minor, currency)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"25, USD, 2500", "25.5, USD, 2550", "0.01, USD, 1", "500, JPY, 500"})
    void typedAmountsAreReadAsMinorUnits(String text, String currency, long minor) {
        assertThat(Amounts.parse("amount", text, currency)).isEqualTo(minor);
    }

    @ParameterizedTest
    @CsvSource({"0.001, USD", "abc, USD", "1.5, JPY"})
    void amountsFinerThanTheCurrencyAreRefused(String text, String currency) {
        assertThatThrownBy(() -> Amounts.parse("amount", text, currency)).isInstanceOf(InvalidInput.class);
    }
}
