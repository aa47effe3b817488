package io.switchboard.analytics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a range (or a day) as the API and the dashboards show them.
 *
 * @param callsPlaced outbound calls that ended (canceled ones included), by the day they were placed
 * @param callsAnswered calls a person answered (status completed)
 * @param callsConverted answered calls whose lead is converted now
 * @param leadsConverted leads created in the range that are converted now
 * @param averageHandleSeconds talk seconds per answered call
 * @param speedToLeadP50Seconds median seconds from a lead's creation to its first call attempt (the upper
 *     bound of the histogram bucket it falls in), null when no lead created in the range was called
 * @param costPerLeadMinor vendor and marketing spend plus credits spent, per lead created; null without leads
 * @param returns revenue, spend, cost per qualified lead and return on investment (flat in the JSON)
 */
public record Figures(
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
        @Nullable Long averageHandleSeconds,
        long creditsSpentMinor,
        @Nullable Long costPerLeadMinor,
        long hot,
        long warm,
        long cold,
        @Nullable Double averageScore,
        @Nullable Double answerRate,
        @Nullable Double conversionRate,
        long speedToLeadLeads,
        @Nullable Long speedToLeadP50Seconds,
        @Nullable Long speedToLeadP90Seconds,
        @JsonUnwrapped ReturnFigures returns) {

    public static Figures of(Counts c) {
        long calls = c.callsPlaced() + c.callsReceived();
        return new Figures(
                c.leadsCreated(),
                c.leadsConverted(),
                c.callsPlaced(),
                c.callsReceived(),
                c.callsAnswered(),
                c.callsTransferred(),
                c.callsConverted(),
                c.callsVoicemail(),
                c.callsFailed(),
                c.talkSeconds(),
                c.callsAnswered() == 0 ? null : Math.round((double) c.talkSeconds() / c.callsAnswered()),
                c.creditsSpentMinor(),
                c.leadsCreated() == 0 ? null : Math.round((double) c.costMinor() / c.leadsCreated()),
                c.hot(),
                c.warm(),
                c.cold(),
                c.scored() == 0 ? null : round((double) c.scoreSum() / c.scored()),
                calls == 0 ? null : round((double) c.callsAnswered() / calls),
                c.leadsCreated() == 0 ? null : round((double) c.leadsConverted() / c.leadsCreated()),
                c.speedToLeadLeads(),
                SpeedToLead.percentile(c.speedToLead(), 0.5),
                SpeedToLead.percentile(c.speedToLead(), 0.9),
                ReturnFigures.of(c));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
