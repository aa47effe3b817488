package io.switchboard.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.identity.internal.MailProperties;
import io.switchboard.shared.NotFound;
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
        MailProperties smtp = mail("auto", "smtp.example.com");

        assertThatThrownBy(() -> new DevMailboxPage(null, smtp).mailbox(new ExtendedModelMap()))
                .isInstanceOf(NotFound.class);
        assertThat(new IdentityNavigation().devMailboxNavigation(smtp)).isNull();
    }

    @Test
    void withoutSmtpOrWhenForcedTheNavigationOffersIt() {
        assertThat(new IdentityNavigation().devMailboxNavigation(mail("auto", "")))
                .isNotNull();
        assertThat(new IdentityNavigation().devMailboxNavigation(mail("true", "smtp.example.com")))
                .isNotNull();
        assertThat(new IdentityNavigation().devMailboxNavigation(mail("false", "")))
                .isNull();
    }

    private static MailProperties mail(String devMailbox, String host) {
        return new MailProperties(
                "Switchboard <no-reply@switchboard.local>",
                devMailbox,
                8,
                new MailProperties.Smtp(host, 587, "", "", true));
    }
}
