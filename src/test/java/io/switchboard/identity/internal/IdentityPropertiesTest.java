package io.switchboard.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Account security is read inside the identity record now, under the names it always had. */
class IdentityPropertiesTest {

    static IdentityProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("switchboard.identity", IdentityProperties.class);
    }

    @Test
    void accountSecurityKeepsItsDefaults() {
        IdentityProperties.Security security = bind(Map.of()).security();
        assertThat(security.accountThrottle().failures()).isEqualTo(5);
        assertThat(security.ipFailures()).isEqualTo(50);
        assertThat(security.twoFactor().issuer()).isEqualTo("Switchboard");
        assertThat(security.apiKeyRotationGrace()).isEqualTo(Duration.ofHours(24));
        assertThat(security.rateLimit().enabled()).isTrue();
        assertThat(security.rateLimit().webhookRefusalsPerMinute()).isEqualTo(20);
    }

    @Test
    void accountSecurityKeepsItsNames() {
        IdentityProperties properties = bind(Map.of(
                "switchboard.identity.access-token-ttl", "PT5M",
                "switchboard.identity.security.account-throttle.failures", "3",
                "switchboard.identity.security.ip-failures", "9",
                "switchboard.identity.security.password-reset-ttl", "PT30M",
                "switchboard.identity.security.rate-limit.enabled", "false",
                "switchboard.identity.security.two-factor.max-attempts", "2"));
        assertThat(properties.accessTokenTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.security().accountThrottle().failures()).isEqualTo(3);
        assertThat(properties.security().ipFailures()).isEqualTo(9);
        assertThat(properties.security().passwordResetTtl()).isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.security().rateLimit().enabled()).isFalse();
        assertThat(properties.security().twoFactor().maxAttempts()).isEqualTo(2);
    }
}
