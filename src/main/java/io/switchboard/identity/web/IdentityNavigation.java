package io.switchboard.identity.web;

import io.switchboard.shared.NavigationEntry;
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
}
