package io.switchboard.identity.web;

import io.switchboard.identity.internal.MailProperties;
import io.switchboard.shared.NavigationEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationEntry usersNavigation() {
        return new NavigationEntry("Organization", "Users", "/users", "users:read", 900);
    }

    @Bean
    NavigationEntry rolesNavigation() {
        return new NavigationEntry("Security", "Roles & permissions", "/roles", "users:read", 930);
    }

    @Bean
    NavigationEntry securitySettingsNavigation() {
        return new NavigationEntry("Security", "Security settings", "/security", "organization:write", 940);
    }

    @Bean
    NavigationEntry apiKeysNavigation() {
        return new NavigationEntry("Security", "API keys", "/api-keys", "api_keys:write", 950);
    }

    /**
     * Only where the dev mailbox is on (no SMTP server configured, or forced on). Decided when the
     * bean is made, not by a condition (the packaged jar's conditions are settled at build time); a
     * null bean is left out of the navigation's list.
     */
    @Bean
    @Nullable
    NavigationEntry devMailboxNavigation(MailProperties mail) {
        return mail.devMailboxEnabled()
                ? new NavigationEntry("Security", "Dev mailbox", "/dev/mailbox", "users:write", 990)
                : null;
    }
}
