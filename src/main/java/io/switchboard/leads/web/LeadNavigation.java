package io.switchboard.leads.web;

import io.switchboard.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LeadNavigation {

    @Bean
    NavigationEntry leadsNavigation() {
        return new NavigationEntry("Sales", "Leads", "/leads", "leads:read", 100);
    }

    @Bean
    NavigationEntry pipelineNavigation() {
        return new NavigationEntry("Sales", "Pipeline", "/pipeline", "leads:read", 110);
    }

    @Bean
    NavigationEntry importNavigation() {
        return new NavigationEntry("Sales", "Import leads", "/leads/import", "leads:import", 120);
    }
}
