package io.switchboard.routing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.routing.QueueSettings;
import io.switchboard.routing.SkillLevel;
import io.switchboard.routing.Strategy;
import io.switchboard.shared.InvalidInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** The queue form as typed: skills in words, hours from ticked days, blanks as defaults, refusals by field. */
class QueueFormTest {

    @Test
    void skillsAreTypedAsNamesAndLevels() {
        assertThat(QueueForm.skills("spanish 4,  german 3, "))
                .containsExactly(new SkillLevel("spanish", 4), new SkillLevel("german", 3));
        assertThat(QueueForm.skills("")).isEmpty();
        for (String typed : List.of("spanish", "spanish 6", "Spanish 3", "spanish four")) {
            assertThatThrownBy(() -> QueueForm.skills(typed))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(
                                    e.fieldProblems().getFirst().field())
                            .isEqualTo("required_skills"));
        }
    }

    @Test
    void blankHoursAreAlwaysOpenAndBlankNumbersTheirDefaults() {
        var form = new LinkedMultiValueMap<String, String>(Map.of(
                "name", List.of("Sales"),
                "strategy", List.of("least_busy"),
                "sla_seconds", List.of(""),
                "days", List.of("monday", "friday"),
                "start", List.of(""),
                "end", List.of("")));
        QueueSettings s = QueueForm.settings(form, null);
        assertThat(s.strategy()).isEqualTo(Strategy.LEAST_BUSY);
        assertThat(s.businessHours()).isNull();
        assertThat(s.slaSeconds()).isNull();

        form.put("start", List.of("09:00"));
        form.put("end", List.of("17:00"));
        assertThat(QueueForm.settings(form, null).businessHours())
                .containsEntry("days", List.of("monday", "friday"))
                .containsEntry("start", "09:00");
    }

    @Test
    void aRefusalOfAnHourShowsWithTheHoursAndKeepsWhatWasTyped() {
        var form = new LinkedMultiValueMap<String, String>(
                Map.of("name", List.of("Sales"), "sla_seconds", List.of("ten")));
        InvalidInput refused =
                new InvalidInput("business_hours.days", "invalid_business_hours", "must name at least one day");
        QueueForm shown = QueueForm.refused(form, refused);
        assertThat(shown.errors()).containsEntry("business_hours", "days: must name at least one day");
        assertThat(shown.slaSeconds()).isEqualTo("ten");
        assertThatThrownBy(() -> QueueForm.settings(form, null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldProblems().getFirst().field()).isEqualTo("sla_seconds"));
    }
}
