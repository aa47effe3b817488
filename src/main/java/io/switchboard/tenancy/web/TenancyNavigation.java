package io.switchboard.tenancy.web;

import io.switchboard.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TenancyNavigation {

    @Bean
    NavigationEntry teamsNavigation() {
        return new NavigationEntry("Organization", "Teams", "/teams", "teams:read", 910);
    }

    @Bean
    NavigationEntry projectsNavigation() {
        return new NavigationEntry("Organization", "Projects", "/projects", "projects:read", 920);
    }

    @Bean
    NavigationEntry settingsNavigation() {
        return new NavigationEntry("Organization", "Settings", "/organization", "organization:write", 990);
    }
}
