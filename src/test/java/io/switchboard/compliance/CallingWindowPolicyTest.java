package io.switchboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CallingWindowPolicyTest {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    static final CallingWindowPolicy DEFAULT = new CallingWindowPolicy(CallingWindow.DEFAULT, List.of());

    static CallingWindowPolicy.Verdict at(CallingWindowPolicy policy, ZoneId zone, String instant) {
        return policy.evaluate(List.of(zone), null, Instant.parse(instant));
    }

    static void assertOpen(CallingWindowPolicy.Verdict verdict) {
        assertThat(verdict).isInstanceOf(CallingWindowPolicy.Open.class);
    }

    static void assertClosed(CallingWindowPolicy.Verdict verdict, DecisionReason reason, String next) {
        assertThat(verdict).isInstanceOf(CallingWindowPolicy.Closed.class);
        var closed = (CallingWindowPolicy.Closed) verdict;
        assertThat(closed.reason()).isEqualTo(reason);
        assertThat(closed.nextOpen()).isEqualTo(next == null ? null : Instant.parse(next));
    }

    @Nested
    class WindowBoundaries {

        @Test
        void theStartIsInsideAndTheEndIsOutside() {
            // 2025-01-15, Chicago is UTC-6
            assertClosed(
                    at(DEFAULT, CHICAGO, "2025-01-15T13:59:59Z"),
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-01-15T14:00:00Z");
            assertOpen(at(DEFAULT, CHICAGO, "2025-01-15T14:00:00Z"));
            assertOpen(at(DEFAULT, CHICAGO, "2025-01-16T02:59:59.999Z")); // 20:59:59.999
            assertClosed(
                    at(DEFAULT, CHICAGO, "2025-01-16T03:00:00Z"), // 21:00 exactly: closed
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-01-16T14:00:00Z");
        }

        @Test
        void afterTheWindowTheNextOpeningIsTomorrowsStart() {
            assertClosed(
                    at(DEFAULT, CHICAGO, "2025-01-16T05:30:00Z"), // 23:30 on the 15th
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-01-16T14:00:00Z");
        }
    }

    @Nested
    class TimeZones {

        @Test
        void indiaIsFiveAndAHalfHoursAhead() {
            // 08:00 IST = 02:30 UTC; 21:00 IST = 15:30 UTC
            assertClosed(
                    at(DEFAULT, KOLKATA, "2025-03-03T02:29:00Z"),
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-03-03T02:30:00Z");
            assertOpen(at(DEFAULT, KOLKATA, "2025-03-03T02:30:00Z"));
            assertOpen(at(DEFAULT, KOLKATA, "2025-03-03T15:29:59Z"));
            assertClosed(
                    at(DEFAULT, KOLKATA, "2025-03-03T15:30:00Z"),
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-03-04T02:30:00Z");
        }

        @Test
        void oneMomentIsOpenInOneZoneAndClosedInAnother() {
            Instant noonUtc = Instant.parse("2025-06-10T12:00:00Z");
            assertOpen(DEFAULT.evaluate(List.of(LONDON), null, noonUtc)); // 13:00 BST
            assertOpen(DEFAULT.evaluate(List.of(KOLKATA), null, noonUtc)); // 17:30 IST
            assertThat(DEFAULT.evaluate(List.of(ZoneId.of("America/Los_Angeles")), null, noonUtc))
                    .isInstanceOf(CallingWindowPolicy.Closed.class); // 05:00 PDT
        }

        @Test
        void aNumberSpanningSeveralZonesMustBeInsideTheWindowInAllOfThem() {
            // 13:30 UTC in January: 08:30 in New York, 07:30 in Chicago
            Instant at = Instant.parse("2025-01-15T13:30:00Z");
            assertOpen(DEFAULT.evaluate(List.of(NEW_YORK), null, at));
            assertClosed(
                    DEFAULT.evaluate(List.of(NEW_YORK, CHICAGO), null, at),
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-01-15T14:00:00Z");
            // and the evening ends with the earlier zone: 21:00 in New York is 02:00 UTC
            assertClosed(
                    DEFAULT.evaluate(List.of(NEW_YORK, CHICAGO), null, Instant.parse("2025-01-16T02:00:00Z")),
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-01-16T14:00:00Z");
        }

        @Test
        void zonesWhoseWindowsNeverOverlapHaveNoNextOpening() {
            var narrow = new CallingWindowPolicy(
                    new CallingWindow(LocalTime.of(9, 0), LocalTime.of(10, 0), EnumSet.allOf(DayOfWeek.class)),
                    List.of());
            assertClosed(
                    narrow.evaluate(List.of(NEW_YORK, KOLKATA), null, Instant.parse("2025-01-15T12:00:00Z")),
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    null);
        }
    }

    @Nested
    class DaylightSaving {

        @Test
        void theSpringForwardDayOpensAtEightLocalInTheNewOffset() {
            // New York springs forward on 2025-03-09 at 02:00 (EST -5 → EDT -4)
            assertClosed(
                    at(DEFAULT, NEW_YORK, "2025-03-09T03:00:00Z"), // 22:00 EST on the 8th
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-03-09T12:00:00Z"); // 08:00 EDT, not 13:00Z
            assertClosed(
                    at(DEFAULT, NEW_YORK, "2025-03-09T11:59:00Z"), // 07:59 EDT
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-03-09T12:00:00Z");
            assertOpen(at(DEFAULT, NEW_YORK, "2025-03-09T12:00:00Z"));
            assertClosed(
                    at(DEFAULT, NEW_YORK, "2025-03-10T01:00:00Z"), // 21:00 EDT
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-03-10T12:00:00Z");
        }

        @Test
        void theFallBackDayClosesAtNineLocalInTheNewOffset() {
            // New York falls back on 2025-11-02 at 02:00 (EDT -4 → EST -5)
            assertOpen(at(DEFAULT, NEW_YORK, "2025-11-02T13:00:00Z")); // 08:00 EST
            assertClosed(
                    at(DEFAULT, NEW_YORK, "2025-11-02T12:30:00Z"), // 07:30 EST
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-11-02T13:00:00Z");
            assertOpen(at(DEFAULT, NEW_YORK, "2025-11-03T01:59:00Z")); // 20:59 EST
            assertClosed(
                    at(DEFAULT, NEW_YORK, "2025-11-03T02:00:00Z"),
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-11-03T13:00:00Z");
        }

        @Test
        void aWindowStartingInsideTheSkippedHourOpensWhenTheClockResumes() {
            var early = new CallingWindowPolicy(
                    new CallingWindow(LocalTime.of(2, 30), LocalTime.of(21, 0), EnumSet.allOf(DayOfWeek.class)),
                    List.of());
            // 02:30 does not exist on 2025-03-09 in New York: the window opens at 03:30 EDT = 07:30Z
            assertClosed(
                    at(early, NEW_YORK, "2025-03-09T06:00:00Z"), // 01:00 EST
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-03-09T07:30:00Z");
        }

        @Test
        void londonSummerTimeMovesTheWindowByAnHourInUtc() {
            // London springs forward on 2025-03-30 at 01:00 UTC
            assertClosed(
                    at(DEFAULT, LONDON, "2025-03-29T07:30:00Z"), // 07:30 GMT
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-03-29T08:00:00Z");
            assertOpen(at(DEFAULT, LONDON, "2025-03-30T07:30:00Z")); // 08:30 BST
            assertClosed(
                    at(DEFAULT, LONDON, "2025-03-30T06:59:00Z"), // 07:59 BST
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-03-30T07:00:00Z");
        }
    }

    @Nested
    class DaysAndHolidays {

        final CallingWindow weekdays = new CallingWindow(
                LocalTime.of(9, 0), LocalTime.of(17, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

        @Test
        void aWeekendIsSkipped() {
            var policy = new CallingWindowPolicy(weekdays, List.of());
            // Friday 2025-01-17 17:00 Chicago = 23:00Z: next is Monday 09:00 = 15:00Z
            assertClosed(
                    at(policy, CHICAGO, "2025-01-17T23:00:00Z"),
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-01-20T15:00:00Z");
            assertClosed(
                    at(policy, CHICAGO, "2025-01-18T18:00:00Z"), // Saturday noon
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-01-20T15:00:00Z");
        }

        @Test
        void aHolidayClosesTheWholeLocalDay() {
            var christmas = holiday("2025-12-25", null);
            var policy = new CallingWindowPolicy(CallingWindow.DEFAULT, List.of(christmas));
            assertClosed(
                    at(policy, CHICAGO, "2025-12-25T18:00:00Z"), // noon on Christmas
                    DecisionReason.HOLIDAY,
                    "2025-12-26T14:00:00Z");
            // the holiday is the lead's local date: 02:00Z on the 26th is still the 25th in Chicago
            assertClosed(at(policy, CHICAGO, "2025-12-26T02:00:00Z"), DecisionReason.HOLIDAY, "2025-12-26T14:00:00Z");
            // while in Kolkata it is already the 26th, 07:30: closed by the window, not the holiday
            assertClosed(
                    at(policy, KOLKATA, "2025-12-26T02:00:00Z"),
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-12-26T02:30:00Z");
        }

        @Test
        void aCountryHolidayAppliesOnlyToNumbersOfThatCountry() {
            var independence = holiday("2025-08-15", "IN");
            var policy = new CallingWindowPolicy(CallingWindow.DEFAULT, List.of(independence));
            Instant noonIst = Instant.parse("2025-08-15T06:30:00Z");
            assertClosed(
                    policy.evaluate(List.of(KOLKATA), "IN", noonIst), DecisionReason.HOLIDAY, "2025-08-16T02:30:00Z");
            assertOpen(policy.evaluate(List.of(KOLKATA), "US", noonIst));
            assertOpen(policy.evaluate(List.of(KOLKATA), null, noonIst));
        }

        @Test
        void holidaysRightBeforeAWeekendPushTheNextOpeningPastIt() {
            var policy = new CallingWindowPolicy(weekdays, List.of(holiday("2025-01-20", null)));
            assertClosed(
                    at(policy, CHICAGO, "2025-01-17T23:00:00Z"), // Friday evening
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-01-21T15:00:00Z"); // Tuesday 09:00
        }
    }

    @Nested
    class CampaignWindows {

        @Test
        void aCampaignNarrowsTheOrganizationsWindow() {
            var campaign = new CallingWindow(
                    LocalTime.of(18, 0), LocalTime.of(23, 0), EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY));
            var policy = CallingWindowPolicy.of(CallingWindow.DEFAULT, campaign, List.of());
            // Wednesday 2025-01-15 18:00 Chicago = 00:00Z on the 16th; until 21:00 (the organization's end)
            assertClosed(
                    at(policy, CHICAGO, "2025-01-15T20:00:00Z"),
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-01-16T00:00:00Z");
            assertOpen(at(policy, CHICAGO, "2025-01-16T02:59:00Z"));
            assertClosed(
                    at(policy, CHICAGO, "2025-01-16T03:00:00Z"), // 21:00: the organization's end wins
                    DecisionReason.OUTSIDE_CALLING_WINDOW,
                    "2025-01-20T00:00:00Z"); // Sunday 18:00
        }

        @Test
        void windowsThatDoNotOverlapAllowNothing() {
            var campaign = new CallingWindow(LocalTime.of(5, 0), LocalTime.of(7, 0), EnumSet.allOf(DayOfWeek.class));
            var policy = CallingWindowPolicy.of(CallingWindow.DEFAULT, campaign, List.of());
            assertClosed(at(policy, CHICAGO, "2025-01-15T18:00:00Z"), DecisionReason.OUTSIDE_CALLING_WINDOW, null);
        }

        @Test
        void aWindowMustEndAfterItStartsAndHaveADay() {
            assertThatThrownBy(() ->
                            new CallingWindow(LocalTime.of(9, 0), LocalTime.of(9, 0), EnumSet.allOf(DayOfWeek.class)))
                    .isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() ->
                            new CallingWindow(LocalTime.of(9, 0), LocalTime.of(10, 0), EnumSet.noneOf(DayOfWeek.class)))
                    .isInstanceOf(InvalidInput.class);
        }
    }

    static Holiday holiday(String date, String country) {
        return new Holiday(HolidayId.generate(), LocalDate.parse(date), country, "holiday");
    }
}
