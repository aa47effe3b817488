package io.switchboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.leads.LeadId;
import io.switchboard.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactFrequencyTest {

    private static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");
    private static final LeadId LEAD = LeadId.of(UUID.randomUUID());
    private final ContactFrequency rule = ContactFrequency.DEFAULT;

    private static Instant ago(Duration d) {
        return NOW.minus(d);
    }

    @Test
    void aLeadNeverCalledMayBeCalled() {
        assertThat(rule.blockedUntil(ContactHistory.none(LEAD), NOW)).isEmpty();
    }

    @Test
    void aConversationKeepsTheLeadQuietForADayAfterItEnded() {
        var history = new ContactHistory(LEAD, ago(Duration.ofMinutes(1)), List.of(ago(Duration.ofMinutes(5))));

        assertThat(rule.blockedUntil(history, NOW))
                .contains(ago(Duration.ofMinutes(1)).plus(Duration.ofHours(24)));
    }

    @Test
    void aConversationADayAgoNoLongerBlocks() {
        var history = new ContactHistory(LEAD, ago(Duration.ofHours(24)), List.of(ago(Duration.ofHours(25))));

        assertThat(rule.blockedUntil(history, NOW)).isEmpty();
    }

    @Test
    void twoUnansweredAttemptsTodayAllowAThird() {
        var history = new ContactHistory(LEAD, null, List.of(ago(Duration.ofHours(5)), ago(Duration.ofMinutes(30))));

        assertThat(rule.blockedUntil(history, NOW)).isEmpty();
    }

    @Test
    void threeAttemptsInADayBlockUntilTheOldestOfThemIsADayOld() {
        var history = new ContactHistory(
                LEAD, null, List.of(ago(Duration.ofMinutes(30)), ago(Duration.ofHours(5)), ago(Duration.ofHours(2))));

        assertThat(rule.blockedUntil(history, NOW))
                .contains(ago(Duration.ofHours(5)).plus(Duration.ofDays(1)));
    }

    @Test
    void sevenAttemptsInAWeekBlockUntilEnoughOfThemHaveLeftTheWeek() {
        List<Instant> attempts = List.of(
                ago(Duration.ofDays(6)),
                ago(Duration.ofDays(5)),
                ago(Duration.ofDays(4)),
                ago(Duration.ofDays(3)),
                ago(Duration.ofDays(2)),
                ago(Duration.ofDays(1).plusHours(1)),
                ago(Duration.ofHours(3)));

        assertThat(rule.blockedUntil(new ContactHistory(LEAD, null, attempts), NOW))
                .contains(ago(Duration.ofDays(6)).plus(Duration.ofDays(7)));
    }

    @Test
    void attemptsOlderThanTheWindowsDoNotCount() {
        var history = new ContactHistory(
                LEAD, null, List.of(ago(Duration.ofDays(8)), ago(Duration.ofDays(9)), ago(Duration.ofDays(10))));

        assertThat(new ContactFrequency(Duration.ZERO, 1, 1).blockedUntil(history, NOW))
                .isEmpty();
    }

    @Test
    void zeroHoursTurnsTheRuleAfterAConversationOff() {
        var history = new ContactHistory(LEAD, ago(Duration.ofMinutes(1)), List.of());

        assertThat(new ContactFrequency(Duration.ZERO, 3, 7).blockedUntil(history, NOW))
                .isEmpty();
    }

    @Test
    void limitsOutsideTheirRangeAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new ContactFrequency(Duration.ofHours(24), 0, 7))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("1 to 50");
        assertThatThrownBy(() -> new ContactFrequency(Duration.ofHours(24), 5, 4))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("max_attempts_per_week: ");
        assertThatThrownBy(() -> new ContactFrequency(Duration.ofHours(721), 3, 7))
                .isInstanceOf(InvalidInput.class);
    }
}
