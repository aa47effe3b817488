package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignGoalsTest {

    @Test
    void reachedOnlyWhenEveryGoalIsReached() {
        CampaignGoals goals = CampaignGoals.of(Map.of("answered", 10, "converted", 2));
        assertThat(goals.reachedBy(100, 10, 0, 1)).isFalse();
        assertThat(goals.reachedBy(100, 9, 0, 2)).isFalse();
        assertThat(goals.reachedBy(0, 10, 0, 2)).as("exactly the target counts").isTrue();
        assertThat(goals.reachedBy(0, 11, 0, 5)).isTrue();
    }

    @Test
    void aCampaignWithoutGoalsIsNeverDoneByGoals() {
        CampaignGoals none = CampaignGoals.of(Map.of());
        assertThat(none.reachedBy(1_000, 1_000, 1_000, 1_000)).isFalse();
        assertThat(none.progress(1, 1, 1, 1)).isEmpty();
    }

    @Test
    void progressMatchesEachGoalWithItsOwnCounterInKeyOrder() {
        CampaignGoals goals = CampaignGoals.of(Map.of("converted", 3, "total_calls", 50, "transferred", 4));
        assertThat(goals.progress(20, 7, 4, 1))
                .containsExactly(
                        new CampaignGoals.Progress("total_calls", 20, 50),
                        new CampaignGoals.Progress("transferred", 4, 4),
                        new CampaignGoals.Progress("converted", 1, 3));
        assertThat(goals.progress(20, 7, 4, 1))
                .extracting(CampaignGoals.Progress::reached)
                .containsExactly(false, true, false);
    }

    @Test
    void refusesUnknownKeysAndNumbersOutOfRange() {
        assertRefused(Map.of("sales", 3), "unknown_goal");
        assertRefused(Map.of("answered", 0), "invalid_goal");
        assertRefused(Map.of("answered", -1), "invalid_goal");
        assertRefused(Map.of("answered", 1_000_000_001), "invalid_goal");
        assertRefused(Map.of("answered", "10"), "invalid_goal");
        assertRefused(Map.of("answered", 2.5), "invalid_goal");
        assertThat(CampaignGoals.of(Map.of("answered", 1, "total_calls", 1_000_000_000))
                        .targets())
                .containsEntry("answered", 1)
                .containsEntry("total_calls", 1_000_000_000);
    }

    @Test
    void storedGoalsIgnoreWhatTheApiWouldRefuse() {
        // What is read back from the database must never fail a dialer round.
        CampaignGoals stored = CampaignGoals.stored(Map.of("answered", 5L, "sales", 3, "converted", "2"));
        assertThat(stored.targets()).containsExactlyEntriesOf(Map.of("answered", 5));
    }

    private static void assertRefused(Map<String, Object> goals, String code) {
        assertThatThrownBy(() -> CampaignGoals.of(goals))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
