package io.switchboard.identity.internal;

import io.switchboard.identity.Accounts;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the platform operator named by {@code SWITCHBOARD_OPERATOR_EMAIL} and
 * {@code SWITCHBOARD_OPERATOR_PASSWORD} on start, if it does not exist yet.
 */
@Component
class PlatformOperatorBootstrap {

    private final Accounts accounts;
    private final Properties properties;

    PlatformOperatorBootstrap(Accounts accounts, Properties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void ensureOperator() {
        if (properties.operatorEmail() != null
                && !properties.operatorEmail().isBlank()
                && properties.operatorPassword() != null
                && !properties.operatorPassword().isBlank()) {
            accounts.ensurePlatformOperator(
                    properties.organizationName(),
                    "Platform operator",
                    properties.operatorEmail(),
                    properties.operatorPassword());
        }
    }

    @ConfigurationProperties("switchboard.platform")
    record Properties(
            @Nullable String operatorEmail,
            @Nullable String operatorPassword,
            @DefaultValue("Switchboard Platform") String organizationName) {}
}
