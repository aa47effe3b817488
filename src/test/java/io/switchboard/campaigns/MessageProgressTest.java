package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageProgressTest {

    @Test
    void percentDoneCountsMembersNoLongerPendingRoundedDown() {
        assertThat(MessageProgress.percentDone(0, 0)).isNull();
        assertThat(MessageProgress.percentDone(3, 3)).isZero();
        assertThat(MessageProgress.percentDone(3, 1)).isEqualTo(66);
        assertThat(MessageProgress.percentDone(3, 0)).isEqualTo(100);
        assertThat(MessageProgress.percentDone(1000, 1))
                .as("not 100 while one waits")
                .isEqualTo(99);
    }

    @Test
    void theFiguresAreTheFunnels() {
        var p = MessageProgress.of(CampaignType.SMS, new MessageFunnel(10, 4, 3, 3, 1, 2, 0, 1, 1));
        assertThat(p.members()).isEqualTo(10);
        assertThat(p.pending()).isEqualTo(4);
        assertThat(p.refused()).isEqualTo(3);
        assertThat(p.sent()).isEqualTo(3);
        assertThat(p.waiting()).isEqualTo(1);
        assertThat(p.delivered()).isEqualTo(2);
        assertThat(p.failed()).isEqualTo(1);
        assertThat(p.replied()).isEqualTo(1);
        assertThat(p.percentDone()).isEqualTo(60);
    }
}
