package io.switchboard.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Percentiles from a histogram, adding rollup rows, and the range rules. */
class SpeedToLeadTest {

    @Test
    void aPercentileIsTheUpperBoundOfItsBucketAndNeverBelowTheTrueValue() {
        long[] counts = new long[SpeedToLead.BUCKETS];
        for (long seconds : new long[] {5, 25, 40, 100, 250, 290, 1000, 4000, 4000, 900_000}) {
            counts[SpeedToLead.bucket(seconds)]++;
        }
        assertThat(SpeedToLead.percentile(counts, 0.5)).isEqualTo(300L); // 5th of 10 is 250 s
        assertThat(SpeedToLead.percentile(counts, 0.9)).isEqualTo(7_200L); // 9th is 4,000 s
        assertThat(SpeedToLead.percentile(counts, 1.0))
                .as("beyond a week: the last bound")
                .isEqualTo(604_800L);
        assertThat(SpeedToLead.percentile(new long[SpeedToLead.BUCKETS], 0.5)).isNull();
        assertThat(SpeedToLead.bucket(10)).isZero();
        assertThat(SpeedToLead.bucket(11)).isOne();
    }

    @Test
    void countsAddBucketByBucketAndFiguresDivideOnlyWhenThereIsSomethingToDivide() {
        long[] a = new long[SpeedToLead.BUCKETS];
        a[2] = 3;
        Counts one = new Counts(2, 1, 4, 0, 2, 1, 1, 1, 1, 300, 500, 1, 1, 0, 150, 2, a, 0, 0, 0, 0);
        Counts sum = one.plus(one).plus(Counts.ZERO);
        assertThat(sum.callsPlaced()).isEqualTo(8);
        assertThat(sum.speedToLead()[2]).isEqualTo(6);
        Figures figures = Figures.of(sum);
        assertThat(figures.averageHandleSeconds()).isEqualTo(150L);
        assertThat(figures.answerRate()).isEqualTo(0.5);
        assertThat(figures.costPerLeadMinor()).isEqualTo(250L);
        assertThat(figures.averageScore()).isEqualTo(75.0);
        assertThat(figures.speedToLeadP50Seconds()).isEqualTo(60L);
        assertThat(Figures.of(Counts.ZERO).answerRate()).isNull();
        assertThat(Figures.of(Counts.ZERO).speedToLeadP90Seconds()).isNull();
    }

    @Test
    void aRangeEndsOnOrAfterItsStartAndHoldsAtMost400Days() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(new DayRange(day, day).days()).isOne();
        assertThat(new DayRange(day, day.plusDays(399)).days()).isEqualTo(400);
        assertThatThrownBy(() -> new DayRange(day, day.minusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("invalid_range"));
        assertThatThrownBy(() -> new DayRange(day, day.plusDays(400)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("range_too_long"));
    }
}
