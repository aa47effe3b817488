package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignScheduleTest {

    // Weekdays 09:00-17:00 in New York (UTC-5 in December), 7 to 18 December 2026.
    private final CampaignSchedule weekdays = new CampaignSchedule(
            LocalDate.parse("2026-12-07"),
            LocalDate.parse("2026-12-18"),
            List.of("monday", "tuesday", "wednesday", "thursday", "friday"),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            "America/New_York");

    @Test
    void theNextOpeningIsTheNextWindowStartOnACampaignDay() {
        // Friday 11 December 18:00 New York (23:00 UTC): the weekend is skipped, Monday 14th 09:00 opens.
        assertThat(weekdays.nextOpening(Instant.parse("2026-12-11T23:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-14T14:00:00Z"));
        // Tuesday 8 December 07:00 New York: the same morning at 09:00.
        assertThat(weekdays.nextOpening(Instant.parse("2026-12-08T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-08T14:00:00Z"));
        // Open now: now.
        assertThat(weekdays.nextOpening(Instant.parse("2026-12-08T15:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-08T15:00:00Z"));
        // After the last day (Friday 18th) nothing opens again.
        assertThat(weekdays.nextOpening(Instant.parse("2026-12-18T23:00:00Z"))).isNull();
    }

    @Test
    void opensInsideTheWindowInTheCampaignsOwnZone() {
        // Tuesday 8 December, 14:00 UTC is 09:00 in New York: the first minute of the window.
        assertThat(weekdays.openAt(Instant.parse("2026-12-08T14:00:00Z"))).isTrue();
        assertThat(weekdays.openAt(Instant.parse("2026-12-08T13:59:59Z"))).isFalse();
        // 17:00 local is the exclusive end.
        assertThat(weekdays.openAt(Instant.parse("2026-12-08T21:59:59Z"))).isTrue();
        assertThat(weekdays.openAt(Instant.parse("2026-12-08T22:00:00Z"))).isFalse();
    }

    @Test
    void theDayIsTheLocalDayNotTheUtcDay() {
        // Saturday 12 December 02:00 UTC is still Friday 21:00 in New York, but outside the window;
        // Saturday 15:00 UTC is 10:00 on a Saturday in New York: not a campaign day.
        assertThat(weekdays.openAt(Instant.parse("2026-12-12T15:00:00Z"))).isFalse();
        CampaignSchedule lateFriday =
                new CampaignSchedule(null, null, List.of("friday"), LocalTime.of(20, 0), null, "America/New_York");
        assertThat(lateFriday.openAt(Instant.parse("2026-12-12T02:00:00Z"))).isTrue();
    }

    @Test
    void startAndEndDatesAreInclusiveLocalDates() {
        // Monday 7 December 09:30 local, the start date itself.
        assertThat(weekdays.openAt(Instant.parse("2026-12-07T14:30:00Z"))).isTrue();
        // Friday 18 December 16:30 local, the end date itself.
        assertThat(weekdays.openAt(Instant.parse("2026-12-18T21:30:00Z"))).isTrue();
        // Monday 21 December: past the end.
        assertThat(weekdays.openAt(Instant.parse("2026-12-21T15:00:00Z"))).isFalse();

        // 7 December 03:00 UTC is still 6 December in New York: the start is ahead.
        assertThat(weekdays.startsLater(Instant.parse("2026-12-07T03:00:00Z"))).isTrue();
        assertThat(weekdays.startsLater(Instant.parse("2026-12-07T05:00:00Z"))).isFalse();
        // 19 December 03:00 UTC is still the 18th in New York: not yet ended.
        assertThat(weekdays.endedBy(Instant.parse("2026-12-19T03:00:00Z"))).isFalse();
        assertThat(weekdays.endedBy(Instant.parse("2026-12-19T05:00:00Z"))).isTrue();
    }

    @Test
    void withoutAnEndTheWindowRunsToMidnight() {
        CampaignSchedule evenings =
                new CampaignSchedule(null, null, CampaignSchedule.EVERY_DAY, LocalTime.of(18, 0), null, "UTC");
        assertThat(evenings.openAt(Instant.parse("2026-12-08T23:59:59Z"))).isTrue();
        assertThat(evenings.openAt(Instant.parse("2026-12-09T00:00:00Z"))).isFalse();
        assertThat(evenings.startsLater(Instant.EPOCH)).isFalse();
        assertThat(evenings.endedBy(Instant.parse("2100-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void alwaysIsOpenAtAnyMoment() {
        CampaignSchedule always = CampaignSchedule.always();
        assertThat(always.openAt(Instant.parse("2026-12-13T00:00:00Z"))).isTrue();
        assertThat(always.openAt(Instant.parse("2026-12-09T23:59:59.999Z"))).isTrue();
        assertThat(always.dayOfWeek()).containsExactlyInAnyOrder(DayOfWeek.values());
    }

    @Test
    void dayNamesAreNormalisedDeduplicatedAndOrdered() {
        CampaignSchedule schedule = new CampaignSchedule(
                null, null, List.of(" Friday", "MONDAY", "friday"), LocalTime.MIDNIGHT, null, "UTC");
        assertThat(schedule.days()).containsExactly("monday", "friday");
        assertThat(schedule.dayOfWeek()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void refusesABadScheduleWithTheOffendingFieldAndCode() {
        assertRefused(() -> schedule(List.of(), LocalTime.of(9, 0), null, "UTC"), "invalid_days", "schedule.days");
        assertRefused(
                () -> schedule(List.of("funday"), LocalTime.of(9, 0), null, "UTC"), "invalid_day", "schedule.days");
        assertRefused(
                () -> schedule(List.of("monday"), LocalTime.of(9, 0), LocalTime.of(9, 0), "UTC"),
                "invalid_window",
                "schedule.window_end");
        assertRefused(
                () -> schedule(List.of("monday"), LocalTime.of(9, 0), LocalTime.of(8, 0), "UTC"),
                "invalid_window",
                "schedule.window_end");
        assertRefused(
                () -> schedule(List.of("monday"), LocalTime.of(9, 0), null, "Mars/Olympus"),
                "invalid_time_zone",
                "schedule.time_zone");
        assertRefused(
                () -> new CampaignSchedule(
                        LocalDate.parse("2026-12-10"),
                        LocalDate.parse("2026-12-09"),
                        List.of("monday"),
                        LocalTime.MIDNIGHT,
                        null,
                        "UTC"),
                "invalid_dates",
                "schedule.end_date");
        // One day start and end is a valid one-day campaign.
        LocalDate day = LocalDate.parse("2026-12-10");
        assertThat(new CampaignSchedule(day, day, List.of("thursday"), LocalTime.MIDNIGHT, null, "UTC")
                        .openAt(Instant.parse("2026-12-10T12:00:00Z")))
                .isTrue();
    }

    private static CampaignSchedule schedule(List<String> days, LocalTime start, LocalTime end, String zone) {
        return new CampaignSchedule(null, null, days, start, end, zone);
    }

    private static void assertRefused(Runnable build, String code, String field) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.fieldProblems()).extracting(f -> f.field()).containsExactly(field);
        });
    }
}
