package io.switchboard.conversations.web;

import io.switchboard.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConversationsNavigation {

    @Bean
    NavigationEntry analysisLabNavigation() {
        return new NavigationEntry("Calls", "Analysis lab", "/analysis", "calls:read", 300);
    }
}
