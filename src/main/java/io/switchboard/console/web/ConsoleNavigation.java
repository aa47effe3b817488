package io.switchboard.console.web;

import io.switchboard.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConsoleNavigation {

    @Bean
    NavigationEntry dashboardNavigation() {
        return new NavigationEntry("Overview", "Dashboard", "/", "", 0);
    }

    @Bean
    NavigationEntry apiDocsNavigation() {
        return new NavigationEntry("Developers", "API reference", "/swagger-ui/index.html", "", 2000);
    }
}
