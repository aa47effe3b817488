package io.switchboard.campaigns.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageRunTest {

    @Test
    void aRunTakesWhatTheProviderAccountSendsInTenSeconds() {
        assertThat(MessageRun.perRun(600)).isEqualTo(100);
        assertThat(MessageRun.perRun(60)).isEqualTo(10);
        assertThat(MessageRun.perRun(1)).as("at least one member a run").isEqualTo(1);
        assertThat(MessageRun.perRun(100_000)).as("at most 500").isEqualTo(500);
    }
}
