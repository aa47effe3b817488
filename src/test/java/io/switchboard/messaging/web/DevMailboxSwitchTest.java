package io.switchboard.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.messaging.internal.SystemMailProperties;
import io.switchboard.shared.NotFound;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/**
 * The dev mailbox shows live one-time links: with an SMTP server configured it must not exist,
 * decided from the configuration the application runs with (the packaged jar's bean definitions
 * are settled at build time, so a bean condition would keep the build's answer).
 */
class DevMailboxSwitchTest {

    @Test
    void anSmtpServerTurnsThePageAndItsNavigationOff() {
        SystemMailProperties smtp = mail("auto", "smtp.example.com");

        assertThatThrownBy(() -> new DevMailboxPage(null, smtp).mailbox(new ExtendedModelMap()))
                .isInstanceOf(NotFound.class);
        assertThat(DevMailboxPage.devMailboxNavigation(smtp)).isNull();
    }

    @Test
    void withoutSmtpOrWhenForcedTheNavigationOffersIt() {
        assertThat(DevMailboxPage.devMailboxNavigation(mail("auto", ""))).isNotNull();
        assertThat(DevMailboxPage.devMailboxNavigation(mail("true", "smtp.example.com")))
                .isNotNull();
        assertThat(DevMailboxPage.devMailboxNavigation(mail("false", ""))).isNull();
    }

    private static SystemMailProperties mail(String devMailbox, String host) {
        return new SystemMailProperties(
                "Switchboard <no-reply@switchboard.local>",
                devMailbox,
                8,
                Duration.ofMinutes(1),
                new SystemMailProperties.Smtp(host, 587, "", "", true));
    }
}
