package io.switchboard.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.messaging.Channel;
import io.switchboard.messaging.MessagingWindow;
import io.switchboard.messaging.Refusal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every refusal code reads as a sentence that says what to do, never as the bare code. */
class RefusalTextTest {

    static final MessagingWindow WINDOW = new MessagingWindow(8 * 60, 1440);

    @Test
    void aMissingConsentNamesTheChannelAndPurposeAndTheFix() {
        assertThat(RefusalText.of("no_consent", Channel.SMS, ConsentPurpose.MARKETING, WINDOW))
                .isEqualTo("No SMS consent for marketing — record consent first");
        assertThat(RefusalText.of("no_consent", Channel.WHATSAPP, ConsentPurpose.TRANSACTIONAL, WINDOW))
                .isEqualTo("No WhatsApp consent for transactional — record consent first");
    }

    @Test
    void quietHoursSayWhenMessagesGoOut() {
        assertThat(RefusalText.of("quiet_hours", Channel.EMAIL, ConsentPurpose.MARKETING, WINDOW))
                .contains("between 08:00 and 24:00 their time");
    }

    @Test
    void noRefusalCodeIsShownBare() {
        Arrays.stream(Refusal.values()).forEach(refusal -> assertThat(
                        RefusalText.of(refusal.code(), Channel.SMS, ConsentPurpose.MARKETING, WINDOW))
                .as(refusal.code())
                .doesNotContain(refusal.code())
                .contains(" — "));
        assertThat(RefusalText.of("no_address", Channel.EMAIL, ConsentPurpose.MARKETING, WINDOW))
                .isEqualTo("The lead has no e-mail address — add one under Details");
    }
}
