package io.switchboard.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A server's refusal often quotes the recipient: the log line gets the reply without it. */
class SystemMailSenderTest {

    @Test
    void addressesInAServersAnswerAreMasked() {
        assertThat(SystemMailSender.withoutAddresses(
                        "550 5.1.1 <dana.whitfield@example.com>: Recipient address rejected: User unknown"))
                .isEqualTo("550 5.1.1 <<address>>: Recipient address rejected: User unknown")
                .doesNotContain("dana");
        assertThat(SystemMailSender.withoutAddresses("Invalid Addresses; nested: 553 bob@x.test, sam@y.test"))
                .isEqualTo("Invalid Addresses; nested: 553 <address>, <address>");
        assertThat(SystemMailSender.withoutAddresses("Couldn't connect to host, port: 127.0.0.1, 25"))
                .isEqualTo("Couldn't connect to host, port: 127.0.0.1, 25");
    }
}
