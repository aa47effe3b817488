package io.switchboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.billing.internal.BillingProperties;
import io.switchboard.telephony.TelephonyProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * What an install gives a new organization when nothing is configured (the tests turn it off in
 * application-test.properties): 15 minutes of calling, as seed 004 gives new users 15 credits, and
 * a test agent.
 */
class StarterKitDefaultsTest {

    static Binder binder(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties));
    }

    @Test
    void aNewOrganizationGetsFifteenMinutesAndATestAgentByDefault() {
        Binder empty = binder(Map.of());
        assertThat(empty.bindOrCreate("switchboard.billing", BillingProperties.class)
                        .startingGrantMinutes())
                .isEqualTo(15);
        assertThat(empty.bindOrCreate("switchboard.telephony", TelephonyProperties.class)
                        .starterAgent())
                .isTrue();
    }

    @Test
    void theGrantIsConfigurableButNeverNegative() {
        assertThat(binder(Map.of("switchboard.billing.starting-grant-minutes", "0"))
                        .bindOrCreate("switchboard.billing", BillingProperties.class)
                        .startingGrantMinutes())
                .isZero();
        assertThatThrownBy(() -> binder(Map.of("switchboard.billing.starting-grant-minutes", "-5"))
                        .bindOrCreate("switchboard.billing", BillingProperties.class))
                .isInstanceOf(BindException.class);
    }
}
