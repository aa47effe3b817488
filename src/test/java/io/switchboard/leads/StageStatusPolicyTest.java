package io.switchboard.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageStatusPolicyTest {

    private static Pipeline.Stage stage(String name, int position, StageKind kind) {
        return new Pipeline.Stage(StageId.generate(), name, position, kind, null);
    }

    private final Pipeline.Stage fresh = stage("New", 0, StageKind.OPEN);
    private final Pipeline.Stage talks = stage("Negotiation", 1, StageKind.OPEN);
    private final Pipeline.Stage won = stage("Won", 2, StageKind.WON);
    private final Pipeline.Stage lost = stage("Lost", 3, StageKind.LOST);
    private final List<Pipeline.Stage> stages = List.of(fresh, talks, won, lost);

    @Test
    void aStagesKindSetsTheStatus() {
        assertThat(StageStatusPolicy.statusOn(StageKind.WON, LeadStatus.NEW)).isEqualTo(LeadStatus.CONVERTED);
        assertThat(StageStatusPolicy.statusOn(StageKind.LOST, LeadStatus.QUALIFIED))
                .isEqualTo(LeadStatus.LOST);
        assertThat(StageStatusPolicy.statusOn(StageKind.OPEN, LeadStatus.QUALIFIED))
                .isEqualTo(LeadStatus.QUALIFIED);
        assertThat(StageStatusPolicy.statusOn(StageKind.OPEN, LeadStatus.CONVERTED))
                .isEqualTo(LeadStatus.CONTACTED);
    }

    @Test
    void aStatusFindsAStageOfItsKind() {
        assertThat(StageStatusPolicy.stageFor(LeadStatus.CONVERTED, fresh, stages))
                .contains(won);
        assertThat(StageStatusPolicy.stageFor(LeadStatus.LOST, won, stages)).contains(lost);
        assertThat(StageStatusPolicy.stageFor(LeadStatus.CONTACTED, won, stages))
                .contains(talks);
        assertThat(StageStatusPolicy.stageFor(LeadStatus.QUALIFIED, fresh, stages))
                .contains(fresh);
        assertThat(StageStatusPolicy.stageFor(LeadStatus.CONVERTED, fresh, List.of(fresh, talks)))
                .isEmpty();
    }
}
