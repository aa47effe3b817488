package io.switchboard.analytics;

import java.util.Arrays;

/**
 * The additive sums of one rollup row (or of many added up): what {@link Figures} are computed
 * from. Rates, averages and percentiles are never added, only these.
 *
 * @param speedToLead leads per speed-to-lead bucket ({@link SpeedToLead#BOUNDS})
 * @param revenueMinor won values (organization's currency) of converted leads; see {@link ReturnFigures}
 * @param leadsQualified leads with a hot or warm call outcome
 * @param vendorSpendMinor vendors' cost per lead for the leads they delivered
 * @param marketingSpendMinor marketing campaigns' spend on the day
 */
public record Counts(
        long leadsCreated,
        long leadsConverted,
        long callsPlaced,
        long callsReceived,
        long callsAnswered,
        long callsTransferred,
        long callsConverted,
        long callsVoicemail,
        long callsFailed,
        long talkSeconds,
        long creditsSpentMinor,
        long hot,
        long warm,
        long cold,
        long scoreSum,
        long scored,
        long[] speedToLead,
        long revenueMinor,
        long leadsQualified,
        long vendorSpendMinor,
        long marketingSpendMinor) {

    public static final Counts ZERO =
            new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new long[SpeedToLead.BUCKETS], 0, 0, 0, 0);

    public Counts plus(Counts o) {
        long[] stl = Arrays.copyOf(speedToLead, SpeedToLead.BUCKETS);
        for (int i = 0; i < Math.min(stl.length, o.speedToLead.length); i++) {
            stl[i] += o.speedToLead[i];
        }
        return new Counts(
                leadsCreated + o.leadsCreated,
                leadsConverted + o.leadsConverted,
                callsPlaced + o.callsPlaced,
                callsReceived + o.callsReceived,
                callsAnswered + o.callsAnswered,
                callsTransferred + o.callsTransferred,
                callsConverted + o.callsConverted,
                callsVoicemail + o.callsVoicemail,
                callsFailed + o.callsFailed,
                talkSeconds + o.talkSeconds,
                creditsSpentMinor + o.creditsSpentMinor,
                hot + o.hot,
                warm + o.warm,
                cold + o.cold,
                scoreSum + o.scoreSum,
                scored + o.scored,
                stl,
                revenueMinor + o.revenueMinor,
                leadsQualified + o.leadsQualified,
                vendorSpendMinor + o.vendorSpendMinor,
                marketingSpendMinor + o.marketingSpendMinor);
    }

    /** What was spent to get and work the leads: vendors, marketing and call credits. */
    public long costMinor() {
        return vendorSpendMinor + marketingSpendMinor + creditsSpentMinor;
    }

    public long speedToLeadLeads() {
        return Arrays.stream(speedToLead).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Counts c
                && Arrays.equals(sums(), c.sums())
                && Arrays.equals(
                        Arrays.copyOf(speedToLead, SpeedToLead.BUCKETS),
                        Arrays.copyOf(c.speedToLead, SpeedToLead.BUCKETS));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sums());
    }

    @Override
    public String toString() {
        return Arrays.toString(sums()) + " stl " + Arrays.toString(speedToLead);
    }

    private long[] sums() {
        return new long[] {
            leadsCreated,
            leadsConverted,
            callsPlaced,
            callsReceived,
            callsAnswered,
            callsTransferred,
            callsConverted,
            callsVoicemail,
            callsFailed,
            talkSeconds,
            creditsSpentMinor,
            hot,
            warm,
            cold,
            scoreSum,
            scored,
            revenueMinor,
            leadsQualified,
            vendorSpendMinor,
            marketingSpendMinor
        };
    }
}
