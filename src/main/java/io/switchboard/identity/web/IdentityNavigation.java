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
}
