package io.switchboard.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class HumanTimeTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    // Tuesday 8 December 2026, 10:00 in Los Angeles.
    private static final Instant NOW = Instant.parse("2026-12-08T18:00:00Z");

    private final HumanTime times = new HumanTime(LOS_ANGELES, NOW);

    @Test
    void todayAndYesterdayAreCalendarDaysInTheViewersZone() {
        // 06:30 UTC on the 8th is still the 7th in Los Angeles: "Yesterday", not "Today".
        assertThat(times.text(Instant.parse("2026-12-08T06:30:00Z"))).isEqualTo("Yesterday 22:30");
        assertThat(times.text(Instant.parse("2026-12-08T17:45:00Z"))).isEqualTo("Today 09:45");
        assertThat(times.text(Instant.parse("2026-12-09T16:00:00Z"))).isEqualTo("Tomorrow 08:00");
    }

    @Test
    void thisYearNamesTheWeekdayOtherYearsTheYear() {
        assertThat(times.text(Instant.parse("2026-12-03T22:00:00Z"))).isEqualTo("Thu 3 Dec, 14:00");
        assertThat(times.text(Instant.parse("2025-12-03T22:00:00Z"))).isEqualTo("3 Dec 2025, 14:00");
        assertThat(times.dayText(Instant.parse("2025-12-03T22:00:00Z"))).isEqualTo("3 Dec 2025");
    }

    @Test
    void aDaylightSavingChangeKeepsDaysAndNamesTheZoneAsItWasThen() {
        // New York left standard time at 02:00 on 8 March 2026: the day had 23 hours.
        HumanTime newYork = new HumanTime(ZoneId.of("America/New_York"), Instant.parse("2026-03-08T23:00:00Z"));
        Instant beforeChange = Instant.parse("2026-03-08T06:30:00Z");
        Instant afterChange = Instant.parse("2026-03-08T07:30:00Z");
        assertThat(newYork.text(beforeChange)).isEqualTo("Today 01:30");
        assertThat(newYork.text(afterChange)).isEqualTo("Today 03:30");
        assertThat(newYork.abbreviation(beforeChange)).isEqualTo("EST");
        assertThat(newYork.abbreviation(afterChange)).isEqualTo("EDT");
        // 23 hours before the evening is still the same calendar day's small hours, not "Yesterday".
        assertThat(newYork.text(Instant.parse("2026-03-08T05:00:00Z"))).isEqualTo("Today 00:00");
        assertThat(newYork.text(Instant.parse("2026-03-08T04:59:00Z"))).isEqualTo("Yesterday 23:59");
    }

    @Test
    void aZoneFarFromUtcMovesTheDay() {
        // Kiritimati is UTC+14: 11:00 UTC on the 8th is already 01:00 on the 9th there.
        HumanTime kiritimati = new HumanTime(ZoneId.of("Pacific/Kiritimati"), NOW);
        assertThat(kiritimati.text(Instant.parse("2026-12-08T11:00:00Z"))).isEqualTo("Today 01:00");
        assertThat(kiritimati.text(Instant.parse("2026-12-08T09:00:00Z"))).isEqualTo("Yesterday 23:00");
        assertThat(kiritimati.full(NOW))
                .isEqualTo("Wednesday 9 December 2026, 08:00:00 Pacific/Kiritimati (GMT+14:00)");
    }

    @Test
    void relativeTimesReadAsDistances() {
        assertThat(times.relative(NOW.plusSeconds(2 * 3600 + 60))).isEqualTo("in 2 h");
        assertThat(times.relative(NOW.minusSeconds(5 * 60))).isEqualTo("5 min ago");
        assertThat(times.relative(NOW.plusSeconds(20))).isEqualTo("just now");
        assertThat(times.relative(NOW.plusSeconds(3 * 86_400))).isEqualTo("in 3 days");
    }

    @Test
    void theElementCarriesTheExactInstantAndTheFullZonedTimeInItsTitle() {
        Instant at = Instant.parse("2026-12-08T17:45:00Z");
        assertThat(times.element(at, times.text(at)))
                .isEqualTo("<time datetime=\"2026-12-08T17:45:00Z\""
                        + " title=\"Tuesday 8 December 2026, 09:45:00 America/Los_Angeles (PST)\">Today 09:45</time>");
    }

    @Test
    void aSpanIsSaidInItsLargestUnits() {
        assertThat(HumanTime.span(45)).isEqualTo("45 s");
        assertThat(HumanTime.span(300)).isEqualTo("5 min");
        assertThat(HumanTime.span(14_400)).isEqualTo("4 h");
        assertThat(HumanTime.span(5_400)).isEqualTo("1 h 30 min");
        assertThat(HumanTime.span(183_600)).isEqualTo("2 d 3 h");
        assertThat(HumanTime.span(172_800)).isEqualTo("2 d");
    }
}
