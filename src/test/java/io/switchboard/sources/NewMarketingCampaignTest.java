package io.switchboard.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class NewMarketingCampaignTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

    @Test
    void aCampaignMayNotEndBeforeItStarts() {
        assertThatThrownBy(() -> campaign(MONDAY, MONDAY.minusDays(1)).requireDatesInOrder())
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_date_range");
                    assertThat(e.fieldProblems()).extracting(f -> f.field()).containsExactly("ends_on");
                });
    }

    @Test
    void aOneDayCampaignAndOpenEndedOnesAreFine() {
        assertThatCode(() -> campaign(MONDAY, MONDAY).requireDatesInOrder()).doesNotThrowAnyException();
        assertThatCode(() -> campaign(MONDAY, MONDAY.plusDays(30)).requireDatesInOrder())
                .doesNotThrowAnyException();
        assertThatCode(() -> campaign(null, MONDAY).requireDatesInOrder()).doesNotThrowAnyException();
        assertThatCode(() -> campaign(MONDAY, null).requireDatesInOrder()).doesNotThrowAnyException();
        assertThatCode(() -> campaign(null, null).requireDatesInOrder()).doesNotThrowAnyException();
    }

    private static NewMarketingCampaign campaign(@Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
        return new NewMarketingCampaign("Winter fair", null, Platform.EVENTS, null, startsOn, endsOn);
    }
}
