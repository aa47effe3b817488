package io.switchboard.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackTimeTest {

    /** Wednesday 3 December 2025, 11:20 in Chicago: the call. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2025, 12, 3, 11, 20, 0, 0, ZoneId.of("America/Chicago"));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tomorrow after five | 2025-12-04T17:00",
                "tomorrow after 5 pm | 2025-12-04T17:00",
                "tomorrow | 2025-12-04T10:00",
                "tomorrow morning | 2025-12-04T10:00",
                "on friday at 3:30 pm | 2025-12-05T15:30",
                "friday afternoon | 2025-12-05T14:00",
                "next monday at 9 | 2025-12-08T09:00",
                "this evening | 2025-12-03T18:00",
                "tonight | 2025-12-03T18:00",
                "at 4 | 2025-12-03T16:00",
                "around eleven | 2025-12-04T11:00",
                "at 10 o'clock | 2025-12-04T10:00",
                "17:45 | 2025-12-03T17:45",
                "in two days | 2025-12-05T10:00",
                "in 3 days at noon | 2025-12-06T12:00",
                "in an hour | 2025-12-03T12:20",
                "in 30 minutes | 2025-12-03T11:50",
                "next week | 2025-12-08T10:00",
                "day after tomorrow at 2 | 2025-12-05T14:00",
                "mañana por la tarde | 2025-12-04T14:00",
                "morgen um 17 uhr | 2025-12-04T17:00",
                "el viernes | 2025-12-05T10:00"
            })
    void whatTheCustomerSaidIsReadInTheirOwnTimeZone(String said, LocalDateTime expected) {
        assertThat(CallbackTime.resolve(said, NOW)).contains(expected.atZone(NOW.getZone()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "later", "some other time", "when I'm back from holiday"})
    void whatCannotBeReadIsLeftToTheNextWorkingMorning(String said) {
        assertThat(CallbackTime.resolve(said, NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"this morning", "today at 9"})
    void aTimeAlreadyPastTodayIsNotATimeToCall(String said) {
        assertThat(CallbackTime.resolve(said, NOW)).isEmpty();
    }
}
