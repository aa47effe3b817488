package io.switchboard.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.conversations.Analyses;
import io.switchboard.conversations.Qualification;
import io.switchboard.leads.TaskPriority;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpPolicyTest {

    /** A Thursday, 15:00 in New York. */
    static final Instant THURSDAY = Instant.parse("2026-05-07T19:00:00Z");

    static final String NEW_YORK = "America/New_York";

    @Test
    void aHotLeadIsDueWithinTwoHoursWithHighPriority() {
        var followUp = FollowUpPolicy.of(
                        Analyses.of(Qualification.HOT, 0.8, true, false, false, null, List.of("Book the viewing.")),
                        "Dana",
                        NEW_YORK,
                        "/calls/1",
                        THURSDAY)
                .orElseThrow();
        assertThat(followUp.priority()).isEqualTo(TaskPriority.HIGH);
        assertThat(followUp.dueAt()).isEqualTo(THURSDAY.plus(Duration.ofHours(2)));
        assertThat(followUp.title()).isEqualTo("Hot lead: follow up with Dana: Book the viewing");
        assertThat(followUp.description())
                .contains("The customer wants a brochure.", "- Book the viewing.", "/calls/1");
    }

    @Test
    void aCallBackIsDueWhenTheCustomerAskedInTheLeadsTimeZone() {
        var followUp = FollowUpPolicy.of(
                        Analyses.of(Qualification.WARM, 0.6, true, false, true, "tomorrow after five", List.of()),
                        "Dana",
                        NEW_YORK,
                        "/calls/1",
                        THURSDAY)
                .orElseThrow();
        assertThat(followUp.title()).isEqualTo("Call back Dana (tomorrow after five)");
        assertThat(followUp.dueAt().atZone(ZoneId.of(NEW_YORK)).toString()).startsWith("2026-05-08T17:00-04:00");
    }

    @Test
    void aCallBackWithoutATimeToReadIsDueTheNextWorkingMorningInTheLeadsTimeZone() {
        var followUp = FollowUpPolicy.of(
                        Analyses.of(Qualification.WARM, 0.6, true, false, true, "some other time", List.of()),
                        "Dana",
                        NEW_YORK,
                        "/calls/1",
                        THURSDAY)
                .orElseThrow();
        assertThat(followUp.dueAt().atZone(ZoneId.of(NEW_YORK)).toString()).startsWith("2026-05-08T10:00-04:00");
    }

    @Test
    void warmLeadsWaitTwoWorkingDaysAndOthersThreeSkippingTheWeekend() {
        var warm = FollowUpPolicy.of(Analyses.plain(Qualification.WARM), "Dana", NEW_YORK, "/calls/1", THURSDAY)
                .orElseThrow();
        assertThat(warm.priority()).isEqualTo(TaskPriority.NORMAL);
        assertThat(warm.dueAt().atZone(ZoneId.of(NEW_YORK)).toString()).startsWith("2026-05-11T10:00");
        var cold = FollowUpPolicy.of(Analyses.plain(Qualification.COLD), "Dana", null, "/calls/1", THURSDAY)
                .orElseThrow();
        assertThat(cold.priority()).isEqualTo(TaskPriority.LOW);
        assertThat(cold.dueAt()).isEqualTo(Instant.parse("2026-05-12T10:00:00Z"));
    }

    @Test
    void noTaskWithoutAFollowUpOrAfterADoNotCallRequest() {
        assertThat(FollowUpPolicy.of(
                        Analyses.of(Qualification.COLD, 0.5, false, false, false, null, List.of()),
                        "Dana",
                        NEW_YORK,
                        "/calls/1",
                        THURSDAY))
                .isEmpty();
        assertThat(FollowUpPolicy.of(
                        Analyses.of(Qualification.NOT_QUALIFIED, 0.5, true, true, false, null, List.of()),
                        "Dana",
                        NEW_YORK,
                        "/calls/1",
                        THURSDAY))
                .isEmpty();
    }

    @Test
    void anUnknownTimeZoneCountsAsUtcAndLongTitlesAreCut() {
        var followUp = FollowUpPolicy.of(
                        Analyses.plain(Qualification.WARM), "D".repeat(400), "Mars/Olympus", "/calls/1", THURSDAY)
                .orElseThrow();
        assertThat(followUp.title()).hasSize(300).endsWith("…");
        assertThat(followUp.dueAt()).isEqualTo(Instant.parse("2026-05-11T10:00:00Z"));
    }
}
