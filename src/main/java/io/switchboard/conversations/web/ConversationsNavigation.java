package io.switchboard.conversations.web;

import io.switchboard.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConversationsNavigation {

    @Bean
    NavigationEntry inboxNavigation() {
        return new NavigationEntry("Calls", "Inbox", "/inbox", "calls:read", 150);
    }

    @Bean
    NavigationEntry conversationSearchNavigation() {
        return new NavigationEntry("Calls", "Search calls & notes", "/search", "calls:read", 200);
    }

    @Bean
    NavigationEntry analysisLabNavigation() {
        return new NavigationEntry("Calls", "Analysis lab", "/analysis", "calls:read", 300);
    }
}
