package io.switchboard.scoring.internal;

import static io.switchboard.leads.Temperature.COLD;
import static io.switchboard.leads.Temperature.HOT;
import static io.switchboard.leads.Temperature.WARM;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemperatureBandsTest {

    final TemperatureBands bands = new TemperatureBands(70, 40, 5);

    @Test
    void risingEntersABandAtItsEdge() {
        assertThat(bands.next(COLD, 39)).isEqualTo(COLD);
        assertThat(bands.next(COLD, 40)).isEqualTo(WARM);
        assertThat(bands.next(COLD, 70)).isEqualTo(HOT);
        assertThat(bands.next(WARM, 69)).isEqualTo(WARM);
    }

    @Test
    void fallingLeavesABandOnlyBelowItsEdgeMinusTheHysteresis() {
        assertThat(bands.next(HOT, 69)).as("one point under the edge").isEqualTo(HOT);
        assertThat(bands.next(HOT, 65)).isEqualTo(HOT);
        assertThat(bands.next(HOT, 64)).isEqualTo(WARM);
        assertThat(bands.next(HOT, 37)).as("within warm's hysteresis").isEqualTo(WARM);
        assertThat(bands.next(HOT, 34)).isEqualTo(COLD);
        assertThat(bands.next(WARM, 35)).isEqualTo(WARM);
        assertThat(bands.next(WARM, 34)).isEqualTo(COLD);
    }

    @Test
    void aScoreMovingOnePointAroundAnEdgeDoesNotFlap() {
        var t = COLD;
        for (int score : new int[] {70, 69, 70, 69, 68, 70}) {
            t = bands.next(t, score);
            assertThat(t).isEqualTo(HOT);
        }
    }
}
