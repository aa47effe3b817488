package io.switchboard.tenancy;

import static io.switchboard.tenancy.TeamType.DEPARTMENT;
import static io.switchboard.tenancy.TeamType.SQUAD;
import static io.switchboard.tenancy.TeamType.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeamHierarchyTest {

    @Test
    void parentsRankAboveTheirChildren() {
        assertThat(TeamHierarchy.check(TEAM, DEPARTMENT, List.of(SQUAD))).isInstanceOf(TeamHierarchy.Allowed.class);
        assertThat(TeamHierarchy.check(SQUAD, TEAM, List.of())).isInstanceOf(TeamHierarchy.Allowed.class);
        assertThat(TeamHierarchy.check(SQUAD, DEPARTMENT, List.of())).isInstanceOf(TeamHierarchy.Allowed.class);
        assertThat(TeamHierarchy.check(DEPARTMENT, null, List.of(TEAM, SQUAD)))
                .isInstanceOf(TeamHierarchy.Allowed.class);
    }

    @Test
    void sameOrLowerRankParentsAreRefused() {
        assertThat(TeamHierarchy.check(TEAM, TEAM, List.of())).isInstanceOf(TeamHierarchy.Refused.class);
        assertThat(TeamHierarchy.check(DEPARTMENT, SQUAD, List.of())).isInstanceOf(TeamHierarchy.Refused.class);
    }

    @Test
    void demotingBelowAChildIsRefused() {
        var verdict = TeamHierarchy.check(SQUAD, null, List.of(SQUAD));
        assertThat(verdict).isInstanceOf(TeamHierarchy.Refused.class);
        assertThat(((TeamHierarchy.Refused) verdict).reason()).contains("squad");
    }
}
