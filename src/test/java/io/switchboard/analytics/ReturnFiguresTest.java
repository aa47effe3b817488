package io.switchboard.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnFiguresTest {

    private static Counts counts(long leads, long qualified, long credits, long vendor, long marketing, long revenue) {
        return new Counts(
                leads,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                credits,
                0,
                0,
                0,
                0,
                0,
                new long[SpeedToLead.BUCKETS],
                revenue,
                qualified,
                vendor,
                marketing);
    }

    @Test
    void costsAreSpendPlusCreditsAndReturnIsRevenueAgainstThem() {
        Figures f = Figures.of(counts(10, 4, 1_000, 3_000, 6_000, 20_000));
        assertThat(f.returns().spendMinor()).isEqualTo(9_000);
        assertThat(f.costPerLeadMinor()).isEqualTo(1_000); // (9,000 + 1,000) / 10
        assertThat(f.returns().costPerQualifiedLeadMinor()).isEqualTo(2_500); // 10,000 / 4
        assertThat(f.returns().roi()).isEqualTo(1.0); // (20,000 - 10,000) / 10,000
    }

    @Test
    void daysAddUpBeforeRatiosAreTaken() {
        Counts sum = counts(1, 1, 0, 500, 0, 0).plus(counts(1, 0, 0, 0, 1_500, 3_000));
        Figures f = Figures.of(sum);
        assertThat(f.returns().revenueMinor()).isEqualTo(3_000);
        assertThat(f.returns().costPerQualifiedLeadMinor()).isEqualTo(2_000);
        assertThat(f.returns().roi()).isEqualTo(0.5);
    }

    @Test
    void nothingSpentOrNothingQualifiedGivesNoRatio() {
        Figures f = Figures.of(counts(3, 0, 0, 0, 0, 5_000));
        assertThat(f.returns().roi()).isNull();
        assertThat(f.returns().costPerQualifiedLeadMinor()).isNull();
        assertThat(Figures.of(counts(2, 1, 0, 0, 100, 0)).returns().roi()).isEqualTo(-1.0);
    }
}
