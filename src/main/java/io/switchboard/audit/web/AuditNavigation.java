package io.switchboard.audit.web;

import io.switchboard.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationEntry auditLogNavigation() {
        return new NavigationEntry("Security", "Audit log", "/audit", "audit:read", 960);
    }

    @Bean
    NavigationEntry securityEventsNavigation() {
        return new NavigationEntry("Security", "Security events", "/security-events", "audit:read", 970);
    }
}
