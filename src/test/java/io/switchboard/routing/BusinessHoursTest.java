package io.switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final BusinessHours WEEKDAYS = new BusinessHours(
            NEW_YORK, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

    /** Friday and Saturday nights, 22:00 to 06:00 the next morning, in UTC. */
    private static final BusinessHours NIGHTS = new BusinessHours(
            ZoneOffset.UTC, EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), LocalTime.of(22, 0), LocalTime.of(6, 0));

    @Test
    void aDayWindowIsOpenFromItsStartUntilJustBeforeItsEndInItsOwnZone() {
        // Monday 7 December 2026; New York is UTC-5 in winter.
        assertThat(WEEKDAYS.openAt(Instant.parse("2026-12-07T13:59:59Z"))).isFalse();
        assertThat(WEEKDAYS.openAt(Instant.parse("2026-12-07T14:00:00Z"))).isTrue();
        assertThat(WEEKDAYS.openAt(Instant.parse("2026-12-07T21:59:59Z"))).isTrue();
        assertThat(WEEKDAYS.openAt(Instant.parse("2026-12-07T22:00:00Z"))).isFalse();
        assertThat(WEEKDAYS.nextOpening(Instant.parse("2026-12-07T15:00:00Z")))
                .as("open now: now")
                .isEqualTo(Instant.parse("2026-12-07T15:00:00Z"));
    }

    @Test
    void closedDaysAreSkippedToTheNextOpenDay() {
        // Friday 11 December 2026, 18:00 in New York: next opening Monday 09:00.
        Instant fridayEvening = Instant.parse("2026-12-11T23:00:00Z");
        assertThat(WEEKDAYS.openAt(fridayEvening)).isFalse();
        assertThat(WEEKDAYS.openAt(Instant.parse("2026-12-12T16:00:00Z")))
                .as("Saturday noon")
                .isFalse();
        assertThat(WEEKDAYS.nextOpening(fridayEvening)).isEqualTo(Instant.parse("2026-12-14T14:00:00Z"));
        assertThat(WEEKDAYS.nextOpening(Instant.parse("2026-12-07T10:00:00Z")))
                .as("Monday 05:00: opens the same morning")
                .isEqualTo(Instant.parse("2026-12-07T14:00:00Z"));
    }

    @Test
    void aWindowAcrossMidnightBelongsToTheDayItOpens() {
        assertThat(NIGHTS.openAt(Instant.parse("2026-12-11T23:00:00Z")))
                .as("Friday 23:00")
                .isTrue();
        assertThat(NIGHTS.openAt(Instant.parse("2026-12-12T03:00:00Z")))
                .as("Saturday 03:00, Friday's night")
                .isTrue();
        assertThat(NIGHTS.openAt(Instant.parse("2026-12-13T05:59:00Z")))
                .as("Sunday 05:59, Saturday's night, though Sunday is not a day")
                .isTrue();
        assertThat(NIGHTS.openAt(Instant.parse("2026-12-13T06:00:00Z"))).isFalse();
        assertThat(NIGHTS.openAt(Instant.parse("2026-12-11T03:00:00Z")))
                .as("Friday 03:00 belongs to Thursday, not a day")
                .isFalse();
        assertThat(NIGHTS.openAt(Instant.parse("2026-12-10T23:00:00Z")))
                .as("Thursday 23:00")
                .isFalse();
        assertThat(NIGHTS.nextOpening(Instant.parse("2026-12-13T07:00:00Z")))
                .as("Sunday morning: next Friday 22:00")
                .isEqualTo(Instant.parse("2026-12-18T22:00:00Z"));
    }

    @Test
    void aDstDayOpensAtTheSameWallClockTime() {
        // New York springs forward on Sunday 8 March 2026: 09:00 is 14:00Z on Saturday, 13:00Z on Sunday.
        BusinessHours everyDay =
                new BusinessHours(NEW_YORK, EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(17, 0));
        assertThat(everyDay.nextOpening(Instant.parse("2026-03-07T23:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-08T13:00:00Z"));
        assertThat(everyDay.openAt(Instant.parse("2026-03-08T13:30:00Z"))).isTrue();
        assertThat(everyDay.openAt(Instant.parse("2026-03-07T13:30:00Z"))).isFalse();
        // A start inside the skipped hour opens when the clocks reach the other side of it.
        BusinessHours inTheGap =
                new BusinessHours(NEW_YORK, EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(2, 30), LocalTime.of(8, 0));
        assertThat(inTheGap.nextOpening(Instant.parse("2026-03-08T05:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
    }

    @Test
    void theApiFormIsReadWithDefaultsAndBadFieldsAreNamed() {
        BusinessHours parsed = BusinessHours.parse(Map.of("start", "09:00", "end", "17:30"), NEW_YORK);
        assertThat(parsed.zone()).as("the organization's zone").isEqualTo(NEW_YORK);
        assertThat(parsed.days()).hasSize(7);
        assertThat(BusinessHours.parse(parsed.toMap(), ZoneOffset.UTC)).isEqualTo(parsed);
        assertThat(WEEKDAYS.describe()).isEqualTo("Mon, Tue, Wed, Thu, Fri 09:00–17:00 America/New_York");
        assertThat(BusinessHours.parse(Map.of("start", "09:00:00", "end", "17:30:00"), NEW_YORK))
                .as("ISO times with seconds")
                .isEqualTo(parsed);
        assertInvalid(Map.of("start", "9:00", "end", "17:00"), "business_hours.start");

        assertInvalid(Map.of("start", "9am", "end", "17:00"), "business_hours.start");
        assertInvalid(Map.of("start", "25:00", "end", "17:00"), "business_hours.start");
        assertInvalid(Map.of("start", "09:00"), "business_hours.end");
        assertInvalid(Map.of("start", "09:00", "end", "09:00"), "business_hours.end");
        assertInvalid(Map.of("start", "09:00", "end", "17:00", "days", List.of("funday")), "business_hours.days");
        assertInvalid(Map.of("start", "09:00", "end", "17:00", "days", List.of()), "business_hours.days");
        assertInvalid(
                Map.of("start", "09:00", "end", "17:00", "time_zone", "Mars/Olympus"), "business_hours.time_zone");
        assertInvalid(Map.of("start", "09:00", "end", "17:00", "open", true), "business_hours.open");
    }

    private static void assertInvalid(Map<String, Object> raw, String field) {
        assertThatThrownBy(() -> BusinessHours.parse(raw, NEW_YORK))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining(field);
    }
}
