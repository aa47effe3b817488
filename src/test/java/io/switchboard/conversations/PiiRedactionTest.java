package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiiRedactionTest {

    static PiiRedaction.Redacted redact(String text) {
        return PiiRedaction.redact(text);
    }

    @Test
    void cardNumbersAreMaskedHoweverTheyWereGroupedButOnlyWhenTheLuhnCheckPasses() {
        assertThat(redact("it's 4111 1111 1111 1111, expiry 09/28"))
                .isEqualTo(new PiiRedaction.Redacted("it's [card number], expiry 09/28", 1));
        assertThat(redact("card 5555-5555-5555-4444").text()).isEqualTo("card [card number]");
        assertThat(redact("four one: 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1").count()).isOne();
        assertThat(redact("order 1234 5678 9012 3456 shipped").count())
                .as("sixteen digits failing the Luhn check are no card")
                .isZero();
    }

    @Test
    void nationalIdNumbersAreMasked() {
        assertThat(redact("my SSN is 123-45-6789").text()).isEqualTo("my SSN is [ssn]");
        assertThat(redact("NI number AB 12 34 56 C please").text())
                .isEqualTo("NI number [national insurance number] please");
        assertThat(redact("aadhaar 2345 6789 0123").text()).isEqualTo("aadhaar [aadhaar]");
        assertThat(redact("PAN is ABCPE1234F").text()).isEqualTo("PAN is [pan]");
    }

    @Test
    void bankAccountNumbersAreMaskedAfterTheWordsThatIntroduceThemInEachLanguage() {
        assertThat(redact("my account number is 12345678").text()).isEqualTo("my account number is [bank account]");
        assertThat(redact("mi número de cuenta es 0049 1500 0512").count()).isOne();
        assertThat(redact("Kontonummer 532013000").text()).isEqualTo("Kontonummer [bank account]");
        assertThat(redact("IBAN DE89 3704 0044 0532 0130 00").text()).isEqualTo("IBAN [iban]");
    }

    @Test
    void ordinaryNumbersAreLeftAlone() {
        String text = "We are pre-approved for $450,000, call me at 415 555 0199 on 12/03 at 10:30, 3 bedrooms.";
        assertThat(redact(text)).isEqualTo(new PiiRedaction.Redacted(text, 0));
    }
}
