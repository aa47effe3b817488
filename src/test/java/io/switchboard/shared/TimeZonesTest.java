package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

    private static final Instant WINTER = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void aZoneReadsAsPlaceOffsetAndItsNameThatDay() {
        assertThat(TimeZones.label(ZoneId.of("America/Los_Angeles"), WINTER))
                .isEqualTo("America / Los Angeles · UTC−08:00 · PST");
        assertThat(TimeZones.label(ZoneId.of("America/Los_Angeles"), Instant.parse("2026-07-01T12:00:00Z")))
                .isEqualTo("America / Los Angeles · UTC−07:00 · PDT");
        assertThat(TimeZones.label(ZoneId.of("Asia/Kolkata"), WINTER)).isEqualTo("Asia / Kolkata · UTC+05:30 · IST");
    }

    @Test
    void onlyRegionZonesAndUtcAreOffered() {
        var ids = TimeZones.choices(WINTER).stream().map(TimeZones.Choice::id).toList();
        assertThat(ids).contains("UTC", "Europe/Berlin", "Pacific/Kiritimati", "America/Argentina/Buenos_Aires");
        assertThat(ids).doesNotContain("US/Pacific", "Etc/GMT+5", "SystemV/PST8");
        assertThat(ids).isSorted();
    }

    @Test
    void aStoredLegacyZoneStaysOnOfferSoSavingDoesNotMoveIt() {
        var choices = TimeZones.choices(WINTER, "US/Pacific");
        assertThat(choices.getFirst()).isEqualTo(new TimeZones.Choice("US/Pacific", "US / Pacific · UTC−08:00 · PST"));
        assertThat(TimeZones.choices(WINTER, "Europe/Berlin")).isEqualTo(TimeZones.choices(WINTER));
        assertThat(TimeZones.choices(WINTER, "Mars/Olympus")).isEqualTo(TimeZones.choices(WINTER));
    }
}
